/**
 * Builders for the parameters many operations share. The specification gives the same key a
 * different display name and description per operation (`dataset` is "instanceId", "Instance
 * name", "Environment", ...), so each builder takes those texts from the operation that uses it.
 */
import { picker } from './kit/index.js';
import type { OperationUnit, PathParameter, QueryParameter } from './kit/index.js';
import { ListEntities } from './operations/ListEntities.js';
import { ListInstances } from './operations/ListInstances.js';

interface Texts {
  /** The display name (`x-ms-summary`), as the specification's Name column writes it. */
  summary: string;
  description: string;
}

/** `dataset`: the Customer Insights instance, picked from ListInstances. */
export function datasetParameter(texts: Texts): PathParameter {
  return {
    name: 'dataset',
    in: 'path',
    required: true,
    type: 'string',
    description: texts.description,
    'x-ms-summary': texts.summary,
    'x-ms-url-encoding': 'single',
    ...picker(ListInstances, { collection: 'value', value: 'Name', title: 'DisplayName' }),
  };
}

/** `table`: an entity of the chosen instance, picked from ListEntities. */
export function tableParameter(texts: Texts): PathParameter {
  return {
    name: 'table',
    in: 'path',
    required: true,
    type: 'string',
    description: texts.description,
    'x-ms-summary': texts.summary,
    'x-ms-url-encoding': 'single',
    ...picker(ListEntities, { parameters: { dataset: { from: 'dataset' } }, collection: 'value', value: 'Name', title: 'DisplayName' }),
  };
}

/** `id`: the key of one item. */
export function itemIdParameter(): PathParameter {
  return {
    name: 'id',
    in: 'path',
    required: true,
    type: 'string',
    description: 'Identifier for the item',
    'x-ms-summary': 'itemIdentifier',
    'x-ms-url-encoding': 'single',
  };
}

/** The texts the item operations use for `dataset` and `table`. */
export const itemOperationTexts = {
  dataset: { summary: 'instanceId', description: 'Identifier of an instance' },
  table: { summary: 'entityName', description: 'Name of an entity' },
} as const;

/** The texts the partition operations use for `dataset` and `table`. */
export const partitionOperationTexts = {
  dataset: { summary: 'The Customer Insights dataset', description: 'The Customer Insights dataset.' },
  table: { summary: 'The entity', description: 'The entity.' },
} as const;

/** A string parameter filled from a picker operation of the chosen instance. */
export function pickedParameter(
  name: string,
  location: 'path' | 'query',
  texts: Texts & { required: boolean },
  target: OperationUnit,
): PathParameter | QueryParameter {
  const common = {
    name,
    type: 'string',
    description: texts.description,
    'x-ms-summary': texts.summary,
    ...picker(target, { parameters: { dataset: { from: 'dataset' } }, collection: 'value', value: 'Name', title: 'DisplayName' }),
  } as const;
  return location === 'path'
    ? { ...common, in: 'path', required: true, 'x-ms-url-encoding': 'single' }
    : { ...common, in: 'query', required: texts.required };
}
