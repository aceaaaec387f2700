import { defineRule, ruleDocs, type Finding } from '../types.js';
import type { ValidationContext } from '../context.js';

/** Shared with settings-optional-file-exists, which checks other keys the same way. */
export const messages = {
  missingFile: (key: string, file: string, cwd: string) =>
    `${key} '${file}' does not exist relative to ${cwd}, where this run resolves settings paths; paconn opens them relative to the directory it runs in, not to settings.json, so run it from there or fix the path.`,
};

export function missingFiles(ctx: ValidationContext, keys: string[]): Finding[] {
  const out: Finding[] = [];
  for (const key of keys) {
    const file = ctx.settings?.[key];
    if (typeof file !== 'string' || file === '' || ctx.fileExists(file)) continue;
    out.push({
      pointer: `/${key}`,
      message: messages.missingFile(key, file, ctx.cwd),
    });
  }
  return out;
}

/** paconn create/update stop when the swagger or apiProperties named in settings.json is missing. */
const rule = defineRule({
  id: 'settings-file-exists',
  description: 'The apiDefinition and apiProperties files settings.json names exist (relative to the folder validated, or to the current directory for a settings file given alone).',
  docs: ruleDocs('settings-file-exists'),
  appliesTo: 'settings',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: (ctx) => missingFiles(ctx, ['apiDefinition', 'apiProperties']),
});
export default rule;
