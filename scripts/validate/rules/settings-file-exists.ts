import { ruleDocs, type Finding, type Rule } from '../types.js';
import type { ValidationContext } from '../context.js';

export function missingFiles(ctx: ValidationContext, keys: string[]): Finding[] {
  const out: Finding[] = [];
  for (const key of keys) {
    const file = ctx.settings?.[key];
    if (typeof file !== 'string' || file === '' || ctx.fileExists(file)) continue;
    out.push({
      pointer: `/${key}`,
      message: `${key} '${file}' does not exist relative to the current directory (${ctx.cwd}); paconn opens settings paths relative to the directory it runs in, not to settings.json.`,
    });
  }
  return out;
}

/** paconn create/update stop when the swagger or apiProperties named in settings.json is missing. */
const rule: Rule = {
  id: 'settings-file-exists',
  description: 'The apiDefinition and apiProperties files settings.json names exist (relative to the current directory, as paconn resolves them).',
  docs: ruleDocs('settings-file-exists'),
  appliesTo: 'settings',
  severity: { custom: 'error', certification: 'error' },
  check: (ctx) => missingFiles(ctx, ['apiDefinition', 'apiProperties']),
};
export default rule;
