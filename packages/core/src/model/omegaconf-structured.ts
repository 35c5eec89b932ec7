/**
 * A script that gives OmegaConf one of its dataclasses as the config's schema: `OmegaConf.structured(TrainConfig)`, or a
 * helper of the project's own handed the class (CrystaLLM's `C = parse_config(OptionDefaults)` beside
 * `from omegaconf import OmegaConf`, whose helper merges the YAML into `OmegaConf.structured(cls)`). OmegaConf converts
 * each value merged into a typed field to the field's type, so `learning_rate: 1e-3` reaches a `learning_rate: float`
 * field as 0.001 however the file itself was read.
 */
import { dataclassNames } from './dataclass-fields.js';

/** `from omegaconf import ...` or `import omegaconf`. */
const OMEGACONF_IMPORT = /^[ \t]*(?:from[ \t]+omegaconf\b|import[ \t]+omegaconf\b)/m;
const STRUCTURED_CALL = /\bOmegaConf[ \t]*\.[ \t]*structured[ \t]*\(/;

/** The script hands OmegaConf (directly, or through a helper) one of its dataclasses as the config's schema. */
export function omegaconfStructured(code: string): boolean {
  if (!code.includes('omegaconf') || !OMEGACONF_IMPORT.test(code)) return false;
  if (STRUCTURED_CALL.test(code)) return true;
  const names = dataclassNames(code);
  if (names.length === 0) return false;
  // The class itself as a call's argument (`parse_config(OptionDefaults)`), not an instance (`OptionDefaults()`).
  const handed = new RegExp(`[\\w.][ \\t]*\\([ \\t]*(?:${names.join('|')})[ \\t]*[,)]`);
  return handed.test(code);
}
