import { describe, expect, it } from 'vitest';
import { jsonNamesReadAsYaml, lenientJsonReader } from '../../src/model/json-reader-calls.js';
import { yamlLoaderCalls } from '../../src/model/yaml-loader-calls.js';

const namesReadAsYaml = (text: string): string[] => jsonNamesReadAsYaml(text, yamlLoaderCalls(text).omegaconf);

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

describe('the JSON files a script names while it reads configs with OmegaConf.load', () => {
  it('takes the file names of quoted .json paths, only beside OmegaConf.load', () => {
    const train = "parser.add_argument('--config', default='avocodo/configs/avocodo_v1.json')\nconf = OmegaConf.load(a.config)\nmeta = \"data\\\\meta.json\"\n";
    expect(namesReadAsYaml(train)).toEqual(['avocodo_v1.json', 'meta.json']);
    expect(namesReadAsYaml("cfg = json.load(open('configs/run.json'))\n")).toEqual([]);
    expect(namesReadAsYaml('conf = OmegaConf.load(path)\n')).toEqual([]);
  });
});
