import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  codeRange: (operation: string, code: string) =>
    `${operation} declares response '${code}'; Power Platform needs an exact status code: use ${code[0]}00${code[0] === '2' ? ' (or the 2xx code the service returns)' : ''}.`,
  notStatusCode: (code: string) => `'${code}' is not an HTTP status code (100–599) or 'default'.`,
};

/** HTTP status codes run from 100 to 599 (swagger-parser checks this; the schema only checks three digits). */
const rule = defineRule({
  id: 'response-code-valid',
  description: 'Response codes are HTTP status codes (100–599) or `default`.',
  docs: ruleDocs('response-code-valid'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyOperation, (e) =>
    Object.keys(asObject(e.operation.responses) ?? {})
      .filter((code) => code !== 'default' && !code.startsWith('x-') && !(/^\d{3}$/.test(code) && Number(code) >= 100 && Number(code) <= 599))
      .map((code) => ({
        pointer: pointer(e.at, 'responses', code),
        message: /^[1-5]xx$/i.test(code)
          ? messages.codeRange(`${e.method.toUpperCase()} ${e.path}`, code)
          : messages.notStatusCode(code),
      })),
  ),
});
export default rule;
