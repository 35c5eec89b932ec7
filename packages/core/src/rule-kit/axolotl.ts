/**
 * axolotl's fingerprints (`base_model`, `adapter`, `micro_batch_size`, …) overlap with Ludwig's LLM
 * configs (`base_model`, `adapter: {type: lora}`), so a file Ludwig claims is not treated as
 * axolotl by rules that apply axolotl's own validators.
 */
import type { RuleContext } from './types.js';

export function usesAxolotl(ctx: RuleContext<object>): boolean {
  return ctx.hasFramework('axolotl') && !ctx.hasFramework('ludwig');
}
