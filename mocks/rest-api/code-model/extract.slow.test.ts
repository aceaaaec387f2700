/**
 * Re-derives served-api.json from Microsoft's code model and compares it with the committed
 * file. The code model is not part of this repository: point CUSTOMER_INSIGHTS_CODE_MODEL at a
 * copy of `src/client_libraries/nodejs/code-model-v1` from the client libraries repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderServedApi, servedApiFile } from './extract.js';

const codeModel = process.env['CUSTOMER_INSIGHTS_CODE_MODEL'];

describe.runIf(codeModel)('served-api.json against the code model', () => {
  it('is exactly what extract.ts derives from it', () => {
    expect(renderServedApi(readFileSync(codeModel!, 'utf8'))).toBe(readFileSync(servedApiFile, 'utf8'));
  });
});
