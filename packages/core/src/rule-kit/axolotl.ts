/**
 * axolotl's fingerprints (`base_model`, `adapter`, `micro_batch_size`, …) overlap with Ludwig's LLM
 * configs (`base_model`, `adapter: {type: lora}`), so a file Ludwig claims is not treated as
 * axolotl by rules that apply axolotl's own validators.
 */
import type { RuleContext } from './types.js';

export function usesAxolotl(ctx: RuleContext<object>): boolean {
  return ctx.hasFramework('axolotl') && !ctx.hasFramework('ludwig');
}

/**
 * axolotl and LLaMA-Factory share names too (`lora_alpha`, `learning_rate`, `val_size`…), so a file may match both
 * profiles. LLaMA-Factory's own checks apply when its profile matches and axolotl's does not match better (a tie goes
 * to axolotl), so that a file is judged by one framework's rules, not two.
 */
export function usesLlamaFactory(ctx: RuleContext<object>): boolean {
  if (!ctx.hasFramework('llama-factory')) return false;
  if (!ctx.hasFramework('axolotl')) return true;
  const score = (id: string): number => ctx.frameworks.find((f) => f.id === id)?.score ?? -Infinity;
  return score('llama-factory') > score('axolotl');
}
