/**
 * The plugin's per-file slot (current-file.ts): one value for the file being linted, made again for
 * another file, so nothing of a file is kept once ESLint has moved on.
 */
import { describe, expect, it } from 'vitest';
import { CurrentFile } from '../../packages/eslint-plugin/src/current-file.js';

describe('CurrentFile', () => {
  it('keeps one value per file and makes it once', () => {
    const slot = new CurrentFile<{ n: number }>();
    const file = {};
    let made = 0;
    const first = slot.get(file, () => ({ n: ++made }));
    expect(slot.get(file, () => ({ n: ++made }))).toBe(first);
    expect(made).toBe(1);
  });

  it('replaces the value when another file arrives, and makes it again if the first comes back', () => {
    const slot = new CurrentFile<string>();
    const [a, b] = [{}, {}];
    expect(slot.get(a, () => 'a1')).toBe('a1');
    expect(slot.get(b, () => 'b1')).toBe('b1');
    expect(slot.get(b, () => 'b2')).toBe('b1');
    expect(slot.get(a, () => 'a2')).toBe('a2');
  });
});
