import { describe, expect, it } from 'vitest';
import { lenientJsonReader } from '../../src/model/json-reader-calls.js';

describe('the lenient JSON library a script imports', () => {
  it.each([
    ['import commentjson\n', 'commentjson'],
    ['from commentjson import loads\n', 'commentjson'],
    ['import json5\n', 'json5'],
    ['    import pyjson5 as json\n', 'pyjson5'],
    ['import jstyleson\n', 'jstyleson'],
    ['from hjson import load\n', 'hjson'],
  ])('%j imports %s', (text, library) => {
    expect(lenientJsonReader(text)).toBe(library);
  });

  it.each([
    ['import json\n'],
    ['# import commentjson\n'],
    ['x = "import json5"\n'],
    ['import json5_helpers\n'],
  ])('%j imports none', (text) => {
    expect(lenientJsonReader(text)).toBeUndefined();
  });
});
