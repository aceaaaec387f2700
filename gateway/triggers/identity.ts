/**
 * Who a bearer token speaks for: its tenant (`tid`) and object id (`oid`). The claims are read
 * without checking the signature, so they are trusted only after the REST API accepted the same
 * token for the same request (the subscribe and unsubscribe handlers call it first).
 */
import { ApiError } from '../../mocks/index.js';
import type { Owner } from '../store/index.js';

/** Longer claims are not Entra ids; refusing them keeps stored identities small. */
const MAX_CLAIM_LENGTH = 128;

const unauthorized = (why: string) => new ApiError(401, 'Unauthorized', why, { 'WWW-Authenticate': 'Bearer' });

export function bearerTokenOf(request: Request): string {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header.trim()) : null;
  if (!match) throw unauthorized('Missing or malformed Authorization header; expected "Authorization: Bearer <token>" for the Customer Insights API');
  return match[1]!;
}

/** The token's `tid` and `oid`; 401 when it is not a JWT with both. */
export function ownerOf(token: string): Owner {
  const parts = token.split('.');
  let claims: unknown;
  try {
    if (parts.length !== 3) throw new Error('not three parts');
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    throw unauthorized('The bearer token is not a JWT; a subscription needs the tenant and object id of an Entra ID token');
  }
  const record = typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  const { tid, oid } = record;
  const valid = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length <= MAX_CLAIM_LENGTH;
  if (!valid(tid) || !valid(oid)) throw unauthorized('The bearer token has no tid and oid claims; a subscription belongs to the identity that made it');
  return { tid: tid.toLowerCase(), oid: oid.toLowerCase() };
}
