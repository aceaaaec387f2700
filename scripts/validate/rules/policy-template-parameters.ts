import { asObject, pointer, policyInstances } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const P = 'x-ms-apimTemplateParameter.';
const SECTION = 'x-ms-apimTemplate-policySection';

const messages = {
  noParameters: (templateId: string) => `Policy '${templateId}' has no parameters object.`,
  missingParameter: (templateId: string, name: string) => `Policy '${templateId}' needs '${P}${name}'.`,
  unknownParameter: (key: string, templateId: string) => `'${key}' is not a parameter of the '${templateId}' template.`,
  typeNotAllowed: () => `Only the pollingtrigger template takes a type, and it is "PollingTrigger".`,
};

/** Required and optional parameters of each template (without the x-ms-apimTemplateParameter. prefix). */
export const TEMPLATES: Record<string, { required: string[]; optional: string[]; section?: boolean }> = {
  convertarraytoobject: { required: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'], optional: ['propertySubPath', 'retainKey'], section: true },
  convertobjecttoarray: { required: ['propertyParentPath', 'newPropertyPath'], optional: ['propertySubPath', 'keyName', 'valueName'], section: true },
  dynamichosturl: { required: ['urlTemplate'], optional: [] },
  encodepropertyvalue: { required: ['propertyParentPath', 'newPropertyPath'], optional: ['propertySubPath'], section: true },
  pollingtrigger: { required: ['triggerConfig', 'triggerDataPath'], optional: [] },
  routerequesttoendpoint: { required: ['newPath'], optional: ['httpMethod'] },
  setheader: { required: ['name', 'value'], optional: ['existsAction'], section: true },
  setproperty: { required: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'], optional: [], section: true },
  setqueryparameter: { required: ['name', 'value'], optional: ['existsAction'] },
  setvaluefromurl: { required: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'], optional: ['httpMethod'], section: true },
  stringreplace: { required: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'], optional: ['propertySubPath'], section: true },
  stringtoarray: { required: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'], optional: ['propertySubPath'], section: true },
  updatenextlink: { required: ['nextLinkPropertyName'], optional: ['nextLinkParentPropertyPath'] },
};

/** Every template's parameters are closed: a misspelt name is rejected or silently does nothing. */
const rule = defineRule({
  id: 'policy-template-parameters',
  description: "Policy instances give their template's required parameters and no unknown ones.",
  docs: ruleDocs('policy-template-parameters'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { instance, at } of policyInstances(ctx.apiProperties)) {
      const id = typeof instance.templateId === 'string' ? instance.templateId.toLowerCase() : undefined;
      // Own keys only: an id such as `constructor` names something on every object's prototype.
      const template = id !== undefined && Object.hasOwn(TEMPLATES, id) ? TEMPLATES[id] : undefined;
      if (id === undefined || !template) continue;
      const parameters = asObject(instance.parameters);
      if (!parameters) {
        out.push({ pointer: pointer(at), message: messages.noParameters(id) });
        continue;
      }
      for (const name of template.required) {
        if (parameters[P + name] === undefined) out.push({ pointer: pointer(at, 'parameters'), message: messages.missingParameter(id, name) });
      }
      const allowed = new Set([...template.required, ...template.optional].map((n) => P + n));
      allowed.add('x-ms-apimTemplate-operationName');
      // Certified connectors set the policy section on templates the schema does not list it for.
      allowed.add(SECTION);
      for (const key of Object.keys(parameters)) {
        if (!allowed.has(key)) out.push({ pointer: pointer(at, 'parameters', key), message: messages.unknownParameter(key, id) });
      }
      if (instance.type !== undefined && !(id === 'pollingtrigger' && instance.type === 'PollingTrigger')) {
        out.push({ pointer: pointer(at, 'type'), message: messages.typeNotAllowed() });
      }
    }
    return out;
  },
});
export default rule;
