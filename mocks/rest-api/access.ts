/** Who may read an instance: granted users and app-only tokens carrying the `api.access` role. */
import { appAccessRole } from './defaults.js';
import type { FakeInstance } from './state.js';
import type { TokenIdentity } from './token.js';

export function canRead(instance: FakeInstance, identity: TokenIdentity): boolean {
  if (instance.access.has(`${identity.tid}/${identity.oid}`)) return true;
  return identity.appOnly && identity.roles.includes(appAccessRole);
}
