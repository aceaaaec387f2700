import { asObject, pointer } from '../context.js';
import { suggestion } from '../suggest.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';
import { PROPERTY_KEYS } from './api-properties-keys.js';

const messages = {
  unknownKey: (key: string, hint: string) => `'${key}' is not an apiProperties key the platform reads, so it is ignored.${hint || ` The keys are ${PROPERTY_KEYS.join(', ')}.`}`,
};

/**
 * A key of `properties` the platform does not know is ignored, not refused: certified connectors
 * carry some. It is still worth a warning, because a misspelt key (`stackowner`) is a setting lost.
 */
const rule = defineRule({
  id: 'api-properties-unknown-keys',
  description: 'apiProperties `properties` holds only keys the platform reads (others are ignored).',
  docs: ruleDocs('api-properties-unknown-keys'),
  appliesTo: 'apiProperties',
  messages,
  // Microsoft's apiProperties validator rejects them for certification (AdditionalPropertyNotAllowed).
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const key of Object.keys(asObject(ctx.apiProperties?.properties) ?? {})) {
      if (PROPERTY_KEYS.includes(key)) continue;
      const hint = suggestion(key, PROPERTY_KEYS);
      out.push({ pointer: pointer(['properties', key]), message: messages.unknownKey(key, hint) });
    }
    return out;
  },
});
export default rule;
