import { describe, expect, it } from 'vitest';
import { isUnder, toDotted, toPointer } from '../../src/index.js';
import { childPath } from '../../src/document/pointer.js';

describe('JSON pointers', () => {
  it('joins keys and indices as RFC 6901 pointers', () => {
    expect(toPointer([])).toBe('');
    expect(toPointer(['optimizer', 'betas', 0])).toBe('/optimizer/betas/0');
    expect(toPointer([''])).toBe('/');
  });

  it('escapes ~ as ~0 and / as ~1, in that order', () => {
    expect(toPointer(['a/b'])).toBe('/a~1b');
    expect(toPointer(['m~n'])).toBe('/m~0n');
    // "~1" written literally must not turn into "/" when read back: ~ is escaped first.
    expect(toPointer(['~1'])).toBe('/~01');
    expect(toPointer(['model.layers.0.weight'])).toBe('/model.layers.0.weight');
  });

  it('extends a path by one segment without changing it', () => {
    const parent = ['optimizer', 'betas'];
    const child = childPath(parent, 0);
    expect(child).toEqual(['optimizer', 'betas', 0]);
    expect(parent).toEqual(['optimizer', 'betas']);
    expect(childPath([], 'lr')).toEqual(['lr']);
    // Dense, like a literal: no holes for `in` or `forEach` to trip over.
    expect(Object.keys(child)).toEqual(['0', '1', '2']);
  });

  it('writes dotted paths for messages', () => {
    expect(toDotted([])).toBe('(root)');
    expect(toDotted(['optimizer', 'betas', 0])).toBe('optimizer.betas[0]');
    expect(toDotted([0, 'lr'])).toBe('[0].lr');
    expect(toDotted(['config', 'process', 0, 'train', 'lr'])).toBe('config.process[0].train.lr');
  });

  it('tells whether a path lies under another', () => {
    expect(isUnder(['a', 'b', 0], ['a'])).toBe(true);
    expect(isUnder(['a'], ['a'])).toBe(true);
    expect(isUnder(['a'], [])).toBe(true);
    expect(isUnder(['a'], ['a', 'b'])).toBe(false);
    expect(isUnder(['ab'], ['a'])).toBe(false);
    // A number index and the same digits as a key are different segments.
    expect(isUnder(['a', 0], ['a', '0'])).toBe(false);
  });
});
