/**
 * A callback URL as the server may show it: scheme and host, then a hash of the whole URL. A
 * Logic Apps or Power Automate callback URL carries its signature (`sig=…`) in the query, so
 * whoever reads the full URL can fire the flow; the hash still tells two subscriptions apart.
 */
import { createHash } from 'node:crypto';

export function redactUrl(url: string): string {
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 12);
  let origin: string;
  try {
    const parsed = new URL(url);
    origin = `${parsed.protocol}//${parsed.host}`;
  } catch {
    origin = '(invalid URL)';
  }
  return `${origin}/… sha256:${hash}`;
}
