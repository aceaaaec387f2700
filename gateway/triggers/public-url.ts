/**
 * The gateway's own address as the platform reaches it, for the `Location` of a subscription:
 * the configured public URL, else what a reverse proxy says (`X-Forwarded-Proto`/`-Host`, first
 * value each, checked), else the request's own origin.
 */

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function first(value: string | null): string | undefined {
  const head = value?.split(',')[0]?.trim();
  return head === '' ? undefined : head;
}

export function publicBaseUrl(request: Request, configured: string | undefined): string {
  if (configured) return configured.replace(/\/+$/, '');
  const own = new URL(request.url);
  const proto = first(request.headers.get('x-forwarded-proto'))?.toLowerCase();
  const host = first(request.headers.get('x-forwarded-host'));
  const scheme = proto === 'http' || proto === 'https' ? proto : own.protocol.slice(0, -1);
  const authority = host !== undefined && HOST.test(host) ? host : own.host;
  return `${scheme}://${authority}`;
}
