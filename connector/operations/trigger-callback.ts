import type { CallbackUrl } from '../kit/define.js';

/** The subscription body's callback property, shared by every trigger of this connector. */
export const callbackUrl: CallbackUrl = {
  property: 'callbackUrl',
  description: 'The address the platform listens on; the backend posts each notification to it.',
};
