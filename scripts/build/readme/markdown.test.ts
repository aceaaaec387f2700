import { describe, expect, it } from 'vitest';
import { blocks, cell, finish, heading, inline, link, paragraphs, raw, slug, table, uncell, unlink } from './markdown.js';

describe('cell / uncell', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two<br>lines'],
    ['windows\r\nline', 'windows<br>line'],
    ['a \\| b', 'a \\\\\\| b'],
  ])('escapes %j as %j and reads it back', (text, escaped) => {
    expect(cell(text)).toBe(escaped);
    expect(uncell(cell(text))).toBe(text.replace(/\r\n/g, '\n'));
  });
});

describe('table', () => {
  it('writes a header, a separator and one line per row, with empty cells as a single space', () => {
    expect(table(['Name', 'Type'], [['a|b', ''], [raw('[X](#x)'), 'string']])).toEqual([
      '| Name | Type |',
      '| --- | --- |',
      '| a\\|b | |',
      '| [X](#x) | string |',
    ]);
  });
});

describe('slug', () => {
  it.each([
    ['Create item (Preview)', 'create-item-preview'],
    ['Retrieve partitions for an entity V2 (Preview)', 'retrieve-partitions-for-an-entity-v2-preview'],
    ['DataSourcesList', 'datasourceslist'],
    ["What's new?", 'whats-new'],
    ['Obtaining Credentials', 'obtaining-credentials'],
  ])('gives %j the GitHub anchor %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});

describe('link / unlink', () => {
  it('round-trips link text, brackets included', () => {
    expect(link('Table', 'table')).toBe('[Table](#table)');
    expect(unlink(`array of ${link('Table', 'table')}`)).toBe('array of Table');
    expect(unlink(link('a [b]', 'a-b'))).toBe('a [b]');
  });
});

describe('paragraphs', () => {
  it('puts a blank line between a lead-in sentence and its list, and nowhere else', () => {
    expect(paragraphs('Filters:\n- a\n- b')).toEqual(['Filters:', '', '- a', '- b']);
    expect(paragraphs('One line.')).toEqual(['One line.']);
    expect(paragraphs('First.\n\n- a')).toEqual(['First.', '', '- a']);
  });
});

describe('blocks / heading / inline', () => {
  it('joins blocks with one blank line and skips empty or disabled ones', () => {
    expect(blocks('a', [], false, undefined, ['b', 'c'], 'd\ne')).toEqual(['a', '', 'b', 'c', '', 'd', 'e']);
  });

  it('keeps headings and inline texts on one line', () => {
    expect(heading(3, 'Two\nlines')).toBe('### Two lines');
    expect(inline('  a \n b  ')).toBe('a b');
  });
});

describe('finish', () => {
  it('writes LF line ends, no trailing spaces, no runs of blank lines and exactly one trailing newline', () => {
    expect(finish(['', '# T  ', 'a\r\nb\t', '', '', '', 'c', '', ''])).toBe('# T\na\nb\n\nc\n');
  });
});
