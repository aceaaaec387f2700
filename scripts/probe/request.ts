/**
 * From an operation and its parameter values to the call the connector would make: the path with
 * its parameters, the query, headers and body, on the backend's URL. With a `dynamichosturl`
 * policy the backend URL stands for scheme, host and base path together (the policy replaces all
 * three); without one it replaces scheme and host, and the definition's basePath is kept.
 */
import type { BackendCall } from './backend.js';
import { isObject, type Json, type ProbeOperation } from './operations.js';

export function usesDynamicHost(apiProperties: Json | undefined): boolean {
  const properties = isObject(apiProperties?.properties) ? apiProperties.properties : {};
  const policies = Array.isArray(properties.policyTemplateInstances) ? properties.policyTemplateInstances : [];
  return policies.some((p) => isObject(p) && typeof p.templateId === 'string' && p.templateId.toLowerCase() === 'dynamichosturl');
}

export function pathPrefix(document: Json, apiProperties: Json | undefined): string {
  if (usesDynamicHost(apiProperties)) return '';
  const basePath = typeof document.basePath === 'string' ? document.basePath.replace(/\/+$/, '') : '';
  return basePath;
}

function text(value: unknown, collectionFormat: unknown): string {
  if (Array.isArray(value)) {
    const separator = collectionFormat === 'ssv' ? ' ' : collectionFormat === 'tsv' ? '\t' : collectionFormat === 'pipes' ? '|' : ',';
    return value.map((v) => String(v)).join(separator);
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

export interface BuiltCall extends BackendCall {
  /** The body parameter's name, when there is one. */
  bodyParameter?: string;
}

/** The call for `values` (by parameter name); parameters without a value are left out. */
export function buildCall(operation: ProbeOperation, values: ReadonlyMap<string, unknown>, prefix: string): BuiltCall {
  let path = operation.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  let body: unknown;
  let bodyParameter: string | undefined;
  for (const parameter of operation.parameters) {
    if (!values.has(parameter.name)) continue;
    const value = values.get(parameter.name);
    if (value === undefined) continue;
    switch (parameter.in) {
      case 'path':
        path = path.split(`{${parameter.name}}`).join(encodeURIComponent(text(value, parameter.spec.collectionFormat)));
        break;
      case 'query':
        if (Array.isArray(value) && parameter.spec.collectionFormat === 'multi') for (const v of value) query.append(parameter.name, String(v));
        else query.append(parameter.name, text(value, parameter.spec.collectionFormat));
        break;
      case 'header':
        headers[parameter.name] = text(value, parameter.spec.collectionFormat);
        break;
      case 'body':
        body = value;
        bodyParameter = parameter.name;
        break;
    }
  }
  const search = query.toString().replace(/%24/g, '$');
  return {
    method: operation.method.toUpperCase(),
    url: `${prefix}${path}${search ? `?${search}` : ''}`,
    headers,
    ...(body !== undefined ? { body } : {}),
    ...(bodyParameter ? { bodyParameter } : {}),
  };
}
