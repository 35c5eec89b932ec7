/**
 * How a project's Python scripts read YAML. A config that a script loads with `cfg = OmegaConf.load(args.config)` is
 * read by OmegaConf (so `lr: 5e-5` is a float) even when nothing in the file says so — the second most common way
 * after PyYAML, and the one PyYAML's rules would misjudge. Only a project whose scripts load YAML with OmegaConf alone
 * says which loader its configs meet: a script that also calls PyYAML (`yaml.safe_load`, or `OmegaConf.create` over
 * it), ruamel or another toolbox's reader may be the one that reads the file, so the file's own keys decide then.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and asks here what they call.
 */

export interface YamlLoaderCalls {
  /** `OmegaConf.load(...)` is called. */
  readonly omegaconf: boolean;
  /** A YAML reader other than OmegaConf's is called or imported (PyYAML, ruamel.yaml, mmcv/mmengine's `Config`). */
  readonly other: boolean;
}

const OMEGACONF_LOAD = /\bOmegaConf\s*\.\s*load\s*\(/;
const OTHER_LOADER =
  /\byaml\s*\.\s*(?:safe_load|load|full_load|unsafe_load|safe_load_all|load_all|full_load_all|unsafe_load_all)\s*\(|^\s*from\s+(?:yaml|ruamel(?:\.yaml)?)\s+import\b|^\s*import\s+ruamel\b|\bConfig\s*\.\s*fromfile\s*\(/m;
const COMMENT_LINE = /^[ \t]*#[^\n]*$/gm;

/** What a Python file's text calls to read YAML; nothing when it mentions neither `yaml` nor `OmegaConf`. */
export function yamlLoaderCalls(pythonText: string): YamlLoaderCalls {
  if (!pythonText.includes('OmegaConf') && !pythonText.includes('yaml') && !pythonText.includes('Config')) return NONE;
  // A commented-out `# cfg = yaml.safe_load(f)` reads nothing.
  const code = pythonText.includes('#') ? pythonText.replace(COMMENT_LINE, '') : pythonText;
  return { omegaconf: OMEGACONF_LOAD.test(code), other: OTHER_LOADER.test(code) };
}

const NONE: YamlLoaderCalls = { omegaconf: false, other: false };
