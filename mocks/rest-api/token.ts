/**
 * Bearer tokens for the fake: unsigned, JWT-shaped tokens carrying the claims the real API reads
 * (tenant, object id, app id, application roles, audience, expiry). The fake never checks a
 * signature, so these tokens are worthless anywhere else.
 */

/** The audience the Customer Insights API accepts (Entra ID resource of "Dynamics 365 AI for Customer Insights"). */
export const apiAudience = 'https://api.ci.ai.microsoft.com';

export interface TestTokenClaims {
  tid: string;
  oid: string;
  /** Present on app-only (client credentials) tokens. */
  appid?: string;
  /** Application roles; `api.access` is the application permission of the API. */
  roles?: string[];
  /** Lifetime from now (default 3600); negative makes an expired token. */
  expiresInSeconds?: number;
  /** Audience (default {@link apiAudience}); anything else is refused with 401. */
  aud?: string;
}

export interface TokenIdentity {
  tid: string;
  oid: string;
  appid?: string;
  roles: string[];
  /** True for an app-only token (an `appid` and no user `scp`). */
  appOnly: boolean;
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Makes a token the fake accepts; `exp` is wall-clock time, like a real token's. */
export function makeTestToken(claims: TestTokenClaims): string {
  const issuedAt = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    aud: claims.aud ?? apiAudience,
    iss: `https://sts.windows.net/${claims.tid}/`,
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + (claims.expiresInSeconds ?? 3600),
    tid: claims.tid,
    oid: claims.oid,
  };
  if (claims.appid !== undefined) payload['appid'] = claims.appid;
  if (claims.roles !== undefined) payload['roles'] = claims.roles;
  if (claims.appid === undefined) payload['scp'] = 'user_impersonation';
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}

export type TokenCheck = { ok: true; identity: TokenIdentity } | { ok: false; reason: string };

/**
 * Reads an `Authorization` header value. Refuses (with a reason safe to show: it never contains
 * the token) a missing or non-Bearer header, a token that is not three base64url JSON parts,
 * a wrong audience, a missing tenant or object id, and an expired or not-yet-valid token.
 */
export function checkBearer(header: string | undefined, nowMs: number = Date.now()): TokenCheck {
  if (!header) return { ok: false, reason: 'The request has no Authorization header.' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { ok: false, reason: "The Authorization header is not 'Bearer <token>'." };
  const parts = match[1]!.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'The bearer token is malformed.' };
  let payload: Record<string, unknown>;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) throw new Error('not an object');
    payload = decoded as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'The bearer token is malformed.' };
  }
  const aud = payload['aud'];
  if (aud !== apiAudience && aud !== `${apiAudience}/`) return { ok: false, reason: 'The bearer token has the wrong audience.' };
  const nowSeconds = nowMs / 1000;
  if (typeof payload['exp'] !== 'number' || payload['exp'] <= nowSeconds) return { ok: false, reason: 'The bearer token has expired.' };
  if (typeof payload['nbf'] === 'number' && payload['nbf'] > nowSeconds + 300) return { ok: false, reason: 'The bearer token is not valid yet.' };
  const { tid, oid, appid, roles } = payload;
  if (typeof tid !== 'string' || tid === '' || typeof oid !== 'string' || oid === '') {
    return { ok: false, reason: 'The bearer token has no tid or oid claim.' };
  }
  const roleList = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  const identity: TokenIdentity = { tid, oid, roles: roleList, appOnly: typeof appid === 'string' && payload['scp'] === undefined };
  if (typeof appid === 'string') identity.appid = appid;
  return { ok: true, identity };
}
