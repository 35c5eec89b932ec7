/**
 * A script that gives OmegaConf one of its dataclasses as the config's schema: `OmegaConf.structured(TrainConfig)`, or a
 * helper of the project's own handed the class (CrystaLLM's `C = parse_config(OptionDefaults)` beside
 * `from omegaconf import OmegaConf`, whose helper merges the YAML into `OmegaConf.structured(cls)`). OmegaConf converts
 * each value merged into a typed field to the field's type, so `learning_rate: 1e-3` reaches a `learning_rate: float`
 * field as 0.001 however the file itself was read.
 */

/** `from omegaconf import ...` or `import omegaconf`. */
const OMEGACONF_IMPORT = /^[ \t]*(?:from[ \t]+omegaconf\b|import[ \t]+omegaconf\b)/m;
const STRUCTURED_CALL = /\bOmegaConf[ \t]*\.[ \t]*structured[ \t]*\(/;
/** The name of a class under `@dataclass` (up to eight other decorators may stand between, as in dataclass-fields.ts). */
const DATACLASS_NAME = /^[ \t]*@(?:dataclasses[ \t]*\.[ \t]*)?dataclass\b[^\n]*\n(?:[ \t]*@[^\n]*\n){0,8}[ \t]*class[ \t]+([A-Za-z_]\w*)/gm;

/** The script hands OmegaConf (directly, or through a helper) one of its dataclasses as the config's schema. */
export function omegaconfStructured(code: string): boolean {
  if (!code.includes('omegaconf') || !OMEGACONF_IMPORT.test(code)) return false;
  if (STRUCTURED_CALL.test(code)) return true;
  if (!code.includes('dataclass')) return false;
  const names = [...code.matchAll(DATACLASS_NAME)].map((m) => m[1]!);
  if (names.length === 0) return false;
  // The class itself as a call's argument (`parse_config(OptionDefaults)`), not an instance (`OptionDefaults()`).
  const handed = new RegExp(`[\\w.][ \\t]*\\([ \\t]*(?:${[...new Set(names)].join('|')})[ \\t]*[,)]`);
  return handed.test(code);
}
