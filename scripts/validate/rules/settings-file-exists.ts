import { defineRule, ruleDocs, type Finding } from '../types.js';
import type { ValidationContext } from '../context.js';

export function missingFiles(ctx: ValidationContext, keys: string[]): Finding[] {
  const out: Finding[] = [];
  for (const key of keys) {
    const file = ctx.settings?.[key];
    if (typeof file !== 'string' || file === '' || ctx.fileExists(file)) continue;
    out.push({
      pointer: `/${key}`,
      message: `${key} '${file}' does not exist relative to ${ctx.cwd}, where this run resolves settings paths; paconn opens them relative to the directory it runs in, not to settings.json, so run it from there or fix the path.`,
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
  severity: { custom: 'error', certification: 'error' },
  check: (ctx) => missingFiles(ctx, ['apiDefinition', 'apiProperties']),
});
export default rule;
