/**
 * Loader profiles: how the program that reads a config turns its text into values.
 *
 * The same YAML scalar means different things to different loaders. PyYAML implements YAML 1.1
 * and needs a dot in a float (`1e-4` is the string "1e-4", `1.0e-4` needs a signed exponent too);
 * OmegaConf (Hydra, NeMo, LLM Foundry) and jsonargparse (LightningCLI, LitGPT) add a float resolver
 * that accepts `1e-4`; yacs (detectron2, many vision repositories) reads with PyYAML and then decodes
 * string mapping values as Python literals; a YAML 1.2 loader follows the core schema.
 */
import type { ConfigFormat } from '../document/types.js';

export type LoaderId = 'pyyaml' | 'pyyaml-sci' | 'yacs' | 'typed' | 'omegaconf' | 'jsonargparse' | 'yaml-1.2' | 'json' | 'toml' | 'js';

export interface LoaderProfile {
  readonly id: LoaderId;
  /** Human name for messages. */
  readonly name: string;
  /** `1e-4` without a dot is read as a string. */
  readonly sciNotationNeedsDot: boolean;
  /** `yes`/`no`/`on`/`off` are booleans. */
  readonly yaml11Booleans: boolean;
  /**
   * Strings that are mapping values are decoded again as Python literals, so `lr: 1e-4` ends up a
   * float while list items stay as PyYAML read them: yacs's `CfgNode.merge_from_file` runs
   * `ast.literal_eval` on each string value it merges into the defaults (yacs `_decode_cfg_value`).
   */
  readonly decodesMappingValues: boolean;
}

export const LOADERS: Readonly<Record<LoaderId, LoaderProfile>> = {
  pyyaml: { id: 'pyyaml', name: 'PyYAML (YAML 1.1)', sciNotationNeedsDot: true, yaml11Booleans: true, decodesMappingValues: false },
  // PyYAML with the float resolver that programs add for `1e-4` (the well-known Stack Overflow fix; RecBole's
  // `_build_yaml_loader`): YAML 1.1 otherwise.
  'pyyaml-sci': { id: 'pyyaml-sci', name: 'PyYAML with a float resolver for `1e-4`', sciNotationNeedsDot: false, yaml11Booleans: true, decodesMappingValues: false },
  yacs: { id: 'yacs', name: 'yacs (PyYAML, YAML 1.1)', sciNotationNeedsDot: true, yaml11Booleans: true, decodesMappingValues: true },
  // PyYAML, then each value converted to its declared field type: draccus (Levanter), pydantic (AutoTrain),
  // cattrs (ML-Agents) all call `float("1e-4")` for a float field.
  typed: { id: 'typed', name: 'a typed loader (draccus, pydantic, cattrs)', sciNotationNeedsDot: false, yaml11Booleans: true, decodesMappingValues: false },
  omegaconf: { id: 'omegaconf', name: 'OmegaConf', sciNotationNeedsDot: false, yaml11Booleans: true, decodesMappingValues: false },
  jsonargparse: { id: 'jsonargparse', name: 'jsonargparse', sciNotationNeedsDot: false, yaml11Booleans: true, decodesMappingValues: false },
  'yaml-1.2': { id: 'yaml-1.2', name: 'a YAML 1.2 loader', sciNotationNeedsDot: false, yaml11Booleans: false, decodesMappingValues: false },
  json: { id: 'json', name: 'a JSON parser', sciNotationNeedsDot: false, yaml11Booleans: false, decodesMappingValues: false },
  toml: { id: 'toml', name: 'a TOML parser', sciNotationNeedsDot: false, yaml11Booleans: false, decodesMappingValues: false },
  js: { id: 'js', name: 'JavaScript', sciNotationNeedsDot: false, yaml11Booleans: false, decodesMappingValues: false },
};

export const LOADER_IDS = Object.keys(LOADERS) as LoaderId[];

/** The loader to assume for a format when nothing else is known. */
export function defaultLoaderFor(format: ConfigFormat): LoaderId {
  switch (format) {
    case 'yaml':
      return 'pyyaml';
    case 'json':
    case 'jsonc':
      return 'json';
    case 'toml':
      return 'toml';
    case 'js':
      return 'js';
  }
}
