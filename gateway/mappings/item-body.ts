/** The `item` body of Create item and Update item: a JSON object. */
import { ApiError } from '../../mocks/index.js';
import { isRecord } from './context.js';

/** The media type the code model gives the REST API's data writes. */
export const DATA_WRITE_CONTENT_TYPE = 'application/json-patch+json';

export async function readItemBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') throw new ApiError(400, 'InvalidJson', 'The request body is empty; a JSON object is required');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'InvalidJson', `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) throw new ApiError(400, 'InvalidItem', 'The item must be a JSON object of attribute names and values');
  return value;
}
