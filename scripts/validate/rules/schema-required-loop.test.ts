import { swagger, testRule } from '../testing.js';
import rule from './schema-required-loop.js';

const withDefinitions = (definitions: unknown) => swagger(undefined, { definitions });

testRule(rule, {
  valid: [
    { name: 'an optional back reference', swagger: withDefinitions({ Node: { type: 'object', properties: { parent: { $ref: '#/definitions/Node' } } } }) },
    { name: 'a required array of itself (it may be empty)', swagger: withDefinitions({ Node: { type: 'object', required: ['children'], properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } } } } }) },
    { name: 'a required chain without a loop', swagger: withDefinitions({ A: { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/B' } } }, B: { type: 'object' } }) },
  ],
  invalid: [
    { name: 'a definition that requires itself', swagger: withDefinitions({ Node: { type: 'object', required: ['next'], properties: { next: { $ref: '#/definitions/Node' } } } }), pointers: ['/definitions/Node/properties/next'], message: /Node → Node require each other/ },
    {
      name: 'two definitions through an inline object, reported once',
      swagger: withDefinitions({
        In: { type: 'object', required: ['loop'], properties: { loop: { $ref: '#/definitions/Loop' } } },
        Loop: { type: 'object', required: ['wrap'], properties: { wrap: { type: 'object', required: ['back'], properties: { back: { $ref: '#/definitions/In' } } } } },
      }),
      pointers: ['/definitions/Loop/properties/wrap/properties/back'],
      message: /In → Loop → In require each other through required properties \(In\.loop, Loop\.back\)/,
    },
  ],
});
