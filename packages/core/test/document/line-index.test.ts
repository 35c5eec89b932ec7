import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/index.js';

describe('LineIndex', () => {
  it('gives 1-based lines and columns for LF text', () => {
    const idx = new LineIndex('ab\ncd\n');
    expect(idx.lineCount).toBe(3);
    expect(idx.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(2)).toEqual({ line: 1, column: 3 }); // the newline itself ends line 1
    expect(idx.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(idx.positionAt(4)).toEqual({ line: 2, column: 2 });
    expect(idx.positionAt(6)).toEqual({ line: 3, column: 1 }); // after the final newline
  });

  it('treats CRLF as one line break', () => {
    const idx = new LineIndex('a: 1\r\nb: 2\r\n');
    expect(idx.lineStarts).toEqual([0, 6, 12]);
    expect(idx.positionAt(4)).toEqual({ line: 1, column: 5 }); // \r
    expect(idx.positionAt(5)).toEqual({ line: 1, column: 6 }); // \n of the same break
    expect(idx.positionAt(9)).toEqual({ line: 2, column: 4 });
  });

  it('treats a lone CR as a line break (YAML and TOML do)', () => {
    const idx = new LineIndex('a: 1\rb: 2\r\rc: 3');
    expect(idx.lineStarts).toEqual([0, 5, 10, 11]);
    expect(idx.positionAt(8)).toEqual({ line: 2, column: 4 });
    expect(idx.positionAt(11)).toEqual({ line: 4, column: 1 });
  });

  it('counts columns in UTF-16 code units, so an astral character takes two', () => {
    // "😀" is U+1F600, a surrogate pair; "é" is one code unit.
    const text = 'name: "😀é" # x\nlr: 1\n';
    const idx = new LineIndex(text);
    const hash = text.indexOf('#');
    expect(hash).toBe(12);
    expect(idx.positionAt(hash)).toEqual({ line: 1, column: 13 });
    expect(idx.positionAt(text.indexOf('lr'))).toEqual({ line: 2, column: 1 });
  });

  it('clamps offsets outside the text instead of throwing', () => {
    const idx = new LineIndex('ab\ncd');
    expect(idx.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(5)).toEqual({ line: 2, column: 3 });
    expect(idx.positionAt(1_000)).toEqual({ line: 2, column: 3 });
    expect(idx.positionAt(Number.POSITIVE_INFINITY)).toEqual({ line: 2, column: 3 });
  });

  it('handles empty text', () => {
    const idx = new LineIndex('');
    expect(idx.lineCount).toBe(1);
    expect(idx.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(idx.offsetAt(3, 7)).toBe(0);
  });

  it('turns lines and columns back into offsets, clamped into the text', () => {
    const text = 'ab\r\ncd\nef';
    const idx = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, column } = idx.positionAt(offset);
      expect(idx.offsetAt(line, column)).toBe(offset);
    }
    expect(idx.offsetAt(0, 1)).toBe(0);
    expect(idx.offsetAt(99, 1)).toBe(7);
    expect(idx.offsetAt(3, 99)).toBe(text.length);
  });
});
