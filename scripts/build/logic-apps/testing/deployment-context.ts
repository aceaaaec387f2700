/**
 * What a deployment supplies when tests evaluate the generated templates: test values for the
 * parameters and the resource group, and the evaluated shape both evaluators return, so the ARM
 * template and the Bicep file can be compared value for value.
 */

export interface DeploymentContext {
  subscriptionId: string;
  resourceGroup: string;
  resourceGroupLocation: string;
  /** Values passed with `--parameters`; the others take their defaults. */
  parameters: Readonly<Record<string, unknown>>;
}

export interface EvaluatedParameter {
  /** `string`, `securestring`, `bool`, ... in lower case (ARM reads types case-insensitively). */
  type: string;
  hasDefault: boolean;
  value: unknown;
}

export interface EvaluatedResource {
  type: string;
  apiVersion: string;
  deployed: boolean;
  name: unknown;
  location: unknown;
  properties: unknown;
}

export interface EvaluatedTemplate {
  parameters: Record<string, EvaluatedParameter>;
  resources: EvaluatedResource[];
  outputs: Record<string, unknown>;
}

export function resourceIdIn(context: DeploymentContext, type: string, name: unknown): string {
  return `/subscriptions/${context.subscriptionId}/resourceGroups/${context.resourceGroup}/providers/${type}/${String(name)}`;
}
