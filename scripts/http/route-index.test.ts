import { describe, expect, it } from 'vitest';
import { MalformedPathError, RouteIndex } from './route-index.js';

function index(...routes: [string, string][]): RouteIndex<string> {
  const built = new RouteIndex<string>();
  for (const [method, template] of routes) built.add(method, template, `${method} ${template}`);
  return built;
}

describe('RouteIndex', () => {
  const routes = index(
    ['GET', '/datasets'],
    ['GET', '/datasets/{dataset}/tables/{table}/items'],
    ['GET', '/datasets/{dataset}/tables/{table}/items/{id}'],
    ['PATCH', '/datasets/{dataset}/tables/{table}/items/{id}'],
    ['GET', '/datasets/{dataset}/tables/{table}/schema'],
    ['GET', '/datasets/{d}/lookups/measures'],
    ['GET', '/datasets/{d}/lookups/{lookup}'],
    ['DELETE', '/subscriptions/{id}'],
  );

  it('finds a route by method and path, with its decoded parameters', () => {
    expect(routes.match('GET', '/datasets/a%20b/tables/Customer/items/c%2F1')).toEqual({
      value: 'GET /datasets/{dataset}/tables/{table}/items/{id}',
      params: { dataset: 'a b', table: 'Customer', id: 'c/1' },
    });
    expect(routes.match('patch', '/datasets/x/tables/t/items/1')?.value).toBe('PATCH /datasets/{dataset}/tables/{table}/items/{id}');
  });

  it('compares static segments without case and takes an optional trailing slash, as msw does', () => {
    expect(routes.match('GET', '/DataSets/')?.value).toBe('GET /datasets');
    expect(routes.match('GET', '/datasets/X/TABLES/t/Items')?.params).toEqual({ dataset: 'X', table: 't' });
  });

  it('prefers a static segment over a parameter, and falls back to the parameter', () => {
    expect(routes.match('GET', '/datasets/x/lookups/measures')).toEqual({ value: 'GET /datasets/{d}/lookups/measures', params: { d: 'x' } });
    expect(routes.match('GET', '/datasets/x/lookups/segments')).toEqual({ value: 'GET /datasets/{d}/lookups/{lookup}', params: { d: 'x', lookup: 'segments' } });
  });

  it('keeps each route’s own parameter names where templates share a position', () => {
    expect(routes.match('GET', '/datasets/q/tables/t/schema')?.params).toEqual({ dataset: 'q', table: 't' });
  });

  it('matches nothing else: other methods, extra or missing segments, empty parameters, prefixes', () => {
    for (const [method, path] of [
      ['POST', '/datasets'],
      ['GET', '/datasets/x'],
      ['GET', '/datasets//tables/t/items'],
      ['GET', '/v2/datasets'],
      ['GET', '/x/datasets'],
      ['GET', '/datasets/x/tables/t/items/1/2'],
      ['GET', '/datasets//'],
      ['GET', '/'],
    ] as const) {
      expect(routes.match(method, path), `${method} ${path}`).toBeUndefined();
    }
  });

  it('keeps the first route added for the same method and shape', () => {
    const twice = new RouteIndex<string>();
    twice.add('GET', '/a/{x}', 'first');
    twice.add('GET', '/a/{y}', 'second');
    expect(twice.match('GET', '/a/1')).toEqual({ value: 'first', params: { x: '1' } });
  });

  it('refuses a parameter that cannot be decoded, and templates that are not paths', () => {
    expect(() => routes.match('GET', '/datasets/%E0%A4%A/tables/t/items')).toThrow(MalformedPathError);
    expect(() => new RouteIndex().add('GET', 'datasets', 1)).toThrow(/starts with '\/'/);
    expect(() => new RouteIndex().add('GET', '/a/{x}.json', 1)).toThrow(/whole segment/);
  });

  it('takes time by the path’s length, not the number of routes', () => {
    const many = new RouteIndex<number>();
    for (let i = 0; i < 5000; i++) many.add('GET', `/r${i}/{id}`, i);
    expect(many.routeCount).toBe(5000);
    expect(many.match('GET', '/r4999/z')).toEqual({ value: 4999, params: { id: 'z' } });
  });
});
