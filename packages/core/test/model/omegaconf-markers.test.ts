import { describe, expect, it } from 'vitest';
import { omegaconfMarker } from '../../src/model/omegaconf-markers.js';

describe('omegaconfMarker', () => {
  it('finds resolver and relative interpolations and mandatory values', () => {
    expect(omegaconfMarker('exp: global\ninput_path: ${path:"../data/input"}\n')).toBe('${path:"../data/input"}');
    expect(omegaconfMarker('home: ${oc.env:HOME}\n')).toBe('${oc.env:HOME}');
    expect(omegaconfMarker('trainer:\n  seed: ${..seed}\n')).toBe('${..seed}');
    expect(omegaconfMarker('model:\n  path: ???\n')).toBe('???');
  });

  it('ignores shell defaults, plain variables, comments and `???` inside text', () => {
    expect(omegaconfMarker('data: ${DATA_DIR:-/data}\nout: ${OUTPUT}\n')).toBeUndefined();
    expect(omegaconfMarker('# path: ${oc.env:HOME}\n# name: ???\nlr: 0.1\n')).toBeUndefined();
    expect(omegaconfMarker('question: "what???"\nnote: why ??? here\n')).toBeUndefined();
  });

  it('cuts a long interpolation when citing it', () => {
    const long = `x: \${oc.env:${'A'.repeat(60)}}\n`;
    expect(omegaconfMarker(long)?.length).toBe(40);
  });
});
