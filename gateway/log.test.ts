import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger, redact, REDACTED } from './log.js';

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger((line) => lines.push(line)) };
}

describe('gateway log', () => {
  it('writes one JSON line per record, time first, with the correlation id', () => {
    const { lines, logger } = capture();
    logger.log({ event: 'request', correlationId: 'abc', status: 200 });
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0]!);
    expect(Object.keys(parsed)[0]).toBe('time');
    expect(parsed).toMatchObject({ event: 'request', correlationId: 'abc', status: 200 });
  });

  it('replaces fields named like secrets whole', () => {
    const { lines, logger } = capture();
    const clientSecret = randomBytes(24).toString('base64url');
    logger.log({
      event: 'x',
      authorization: 'Bearer abc.def.ghi',
      subscriptionKey: 'k-123',
      headers: { 'ocp-apim-subscription-key': 'k-456', accept: 'application/json' },
      callbackUrl: 'https://prod-00.westus.logic.azure.com/workflows/1/triggers/manual/paths/invoke?sig=SECRET',
      notificationUrl: 'https://example.test/hook',
      clientSecret,
    });
    const line = lines[0]!;
    for (const secret of ['abc.def.ghi', 'k-123', 'k-456', 'SECRET', 'example.test/hook', clientSecret, 'logic.azure.com']) expect(line).not.toContain(secret);
    expect(JSON.parse(line).headers.accept).toBe('application/json');
    expect(JSON.parse(line).subscriptionKey).toBe(REDACTED);
  });

  it('masks tokens and credential query parameters inside other strings', () => {
    const jwt = 'eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ0In0.sig_part';
    const out = redact({
      message: `upstream said Bearer ${jwt} was bad`,
      detail: `token ${jwt}`,
      path: '/x?subscription-key=abc&top=1&sig=zzz',
    }) as Record<string, string>;
    expect(JSON.stringify(out)).not.toContain('eyJ');
    expect(out.path).toBe(`/x?subscription-key=${REDACTED}&top=1&sig=${REDACTED}`);
  });

  it('survives cycles, errors and deep values', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 50; i++) deep = deep.next = {} as Record<string, unknown>;
    const out = JSON.stringify(redact({ a, err: new Error('Bearer xyz failed'), root }));
    expect(out).toContain('[circular]');
    expect(out).toContain(`Bearer ${REDACTED} failed`);
    expect(out.length).toBeLessThan(500);
  });
});
