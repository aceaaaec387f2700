import { asArray, pointer, type OperationEntry } from '../context.js';
import type { ValidationContext } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const FORM = ['multipart/form-data', 'application/x-www-form-urlencoded'];

export function consumesOf(ctx: ValidationContext, entry: OperationEntry): string[] | undefined {
  const own = entry.operation.consumes ?? ctx.swagger?.consumes;
  return own === undefined ? undefined : asArray(own).filter((m): m is string => typeof m === 'string').map((m) => m.toLowerCase());
}

const messages = {
  noFormType: (name: string) => `${name} has formData parameters but does not consume multipart/form-data or application/x-www-form-urlencoded; add "consumes": ["multipart/form-data"] (or application/x-www-form-urlencoded) so clients send a form.`,
  binaryNeedsMultipart: (parameter: string) => `'${parameter}' is string/binary, which a form-urlencoded body cannot carry; consume multipart/form-data, or make it type file.`,
  fileNeedsMultipart: (parameter: string) => `File parameter '${parameter}' needs the operation to consume multipart/form-data.`,
};

/** formData fields need a form media type, and file uploads need multipart (as swagger-parser checks). */
const rule = defineRule({
  id: 'form-data-consumes',
  description: 'Operations with formData parameters consume a form media type; file parameters need multipart/form-data.',
  docs: ruleDocs('form-data-consumes'),
  appliesTo: 'swagger',
  messages,
  // Microsoft accepts consumes: [] or no consumes on a formData operation (certified connectors have
  // it) and no error on its list covers it; swagger-parser rejects it, so certification keeps it an error.
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const out: Finding[] = [];
    const form = ctx.parameters(entry).filter((p) => p.parameter.in === 'formData');
    if (form.length === 0) return out;
    const consumes = consumesOf(ctx, entry) ?? [];
    if (!consumes.some((m) => FORM.some((f) => m.startsWith(f)))) {
      out.push({ pointer: pointer(entry.at), message: messages.noFormType(entry.operationId ?? entry.path) });
      return out;
    }
    const binary = form.find((p) => p.parameter.type === 'string' && p.parameter.format === 'binary');
    if (binary && !consumes.some((m) => m.startsWith('multipart/form-data'))) {
      out.push({ pointer: pointer(binary.at), message: messages.binaryNeedsMultipart(String(binary.parameter.name)) });
    }
    const file = form.find((p) => p.parameter.type === 'file');
    if (file && !consumes.some((m) => m.startsWith('multipart/form-data'))) {
      out.push({ pointer: pointer(file.at), message: messages.fileNeedsMultipart(String(file.parameter.name)) });
    }
    return out;
  }),
});
export default rule;
