/**
 * Code that only Lightning 1.x runs: a LightningModule that overrides `training_epoch_end`, `validation_epoch_end` or
 * `test_epoch_end`. Lightning 2.0 removed these hooks and refuses a module that still defines one ("Support for
 * `training_epoch_end` has been removed in v2.0.0", configuration_validator.py), so a project whose training script
 * defines one runs Lightning 1.x, whose Trainer takes `precision: 16` and refuses `"16-mixed"` (the safari/H3 lineage
 * of state-space-model trainers, which pins no version in the files a collector sees).
 */

/** An import of Lightning, old name or new. */
const IMPORTS_LIGHTNING = /^[ \t]*(?:import|from)[ \t]+(?:pytorch_lightning|lightning(?:\.pytorch)?)\b/m;
/** A method (indented `def`) overriding one of the removed epoch-end hooks. */
const REMOVED_HOOK = /^[ \t]+def[ \t]+((?:training|validation|test)_epoch_end)[ \t]*\(/m;

/** The removed hook the script defines (`def training_epoch_end(…)`), if it imports Lightning and defines one. */
export function lightning1Hook(pythonText: string): string | undefined {
  if (!pythonText.includes('_epoch_end')) return undefined;
  const hook = REMOVED_HOOK.exec(pythonText)?.[1];
  return hook !== undefined && IMPORTS_LIGHTNING.test(pythonText) ? `def ${hook}(…)` : undefined;
}
