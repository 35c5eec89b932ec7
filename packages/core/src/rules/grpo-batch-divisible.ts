import { defineRule, type RuleContext } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { childOf, num, str, topField } from '../rule-kit/field-index.js';

/**
 * GRPO scores each prompt against a group of `num_generations` completions, so a generation batch
 * must hold whole groups. TRL's GRPOConfig requires `num_generations >= 2` and the generation batch
 * (`per_device_train_batch_size × world size × steps_per_generation`, which defaults to the
 * accumulation steps, or an explicit `generation_batch_size`) to be divisible by it; axolotl checks
 * `micro_batch_size × gradient_accumulation_steps` against `trl.num_generations` before launch.
 */
export default defineRule({
  id: 'grpo-batch-divisible',
  severity: 'error',
  category: 'consistency',
  description: 'Require the GRPO generation batch to hold whole groups of `num_generations` completions',
  presets: ['recommended', 'strict'],
  frameworks: ['axolotl', 'trl'],
  references: [
    { title: 'TRL GRPOConfig.__post_init__: "generation_batch_size must be divisible by num_generations"', url: 'https://github.com/huggingface/trl/blob/main/trl/trainer/grpo_config.py' },
    { title: 'axolotl schemas/validation.py check_grpo_batch_size_divisibility', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
  ],
  check(ctx) {
    const top = (...names: string[]): Field | undefined => topField(ctx.fields, ...names);
    let gens: Field | undefined;
    let micro: Field | undefined;
    let accum: Field | undefined;
    let genBatch: Field | undefined;
    let perWorld = false;
    if (usesAxolotl(ctx) && str(top('rl')) === 'grpo') {
      const trl = top('trl');
      gens = childOf(ctx.fields, trl, 'num_generations');
      genBatch = childOf(ctx.fields, trl, 'generation_batch_size');
      micro = top('micro_batch_size');
      accum = top('gradient_accumulation_steps');
    } else if (ctx.hasFramework('trl') && top('num_generations') && (top('reward_funcs') || top('max_completion_length') || str(top('loss_type'))?.includes('grpo') || top('steps_per_generation') || top('generation_batch_size'))) {
      gens = top('num_generations');
      genBatch = top('generation_batch_size');
      micro = top('per_device_train_batch_size');
      accum = top('steps_per_generation', 'gradient_accumulation_steps');
      perWorld = true;
    }
    const g = num(gens);
    if (!gens || g === undefined) return;
    if (g < 2) {
      ctx.report({
        field: gens,
        message: `GRPO needs at least 2 generations per prompt, not ${formatNumber(g)}.`,
        explanation: `${fieldName(gens)} is ${formatNumber(g)}. GRPO's advantage is each completion's reward relative to the others for the same prompt, so a group of one has no signal, and TRL raises "GRPO requires at least 2 generations per prompt". Use 4–16 generations.`,
      });
      return;
    }
    const explicit = num(genBatch);
    if (genBatch && explicit !== undefined) {
      if (explicit % g !== 0) report(ctx, genBatch, explicit, g, `${fieldName(genBatch)} is ${formatNumber(explicit)}`);
      return;
    }
    const m = num(micro) ?? (micro ? undefined : perWorld ? 8 : undefined);
    const a = num(accum) ?? (accum ? undefined : 1);
    if (m === undefined || a === undefined || m <= 0 || a <= 0) return;
    const world = perWorld ? ctx.worldSize : 1;
    if (world === undefined) return; // TRL multiplies by the number of processes, which the file does not say
    const batch = m * a * world;
    if (batch % g === 0) return;
    const parts = [micro ? `${fieldName(micro)} (${formatNumber(m)})` : `\`per_device_train_batch_size\` (default ${formatNumber(m)})`, accum ? `${fieldName(accum)} (${formatNumber(a)})` : 'no accumulation (1)'];
    if (perWorld) parts.push(`${formatNumber(world)} processes`);
    report(ctx, micro ?? accum ?? gens, batch, g, `the generation batch is ${parts.join(' × ')} = ${formatNumber(batch)}`);
  },
});

function report(ctx: RuleContext<object>, at: Field, batch: number, g: number, how: string): void {
  const down = Math.floor(batch / g) * g;
  const up = Math.ceil(batch / g) * g;
  ctx.report({
    field: at,
    message: `The GRPO generation batch ${formatNumber(batch)} is not divisible by num_generations ${formatNumber(g)}.`,
    explanation:
      `${how[0]!.toUpperCase()}${how.slice(1)}, and each prompt needs ${formatNumber(g)} completions in the same batch, so the batch must be a multiple of ${formatNumber(g)}; GRPO refuses to start otherwise. ` +
      `Change the batch to ${down > 0 ? `${formatNumber(down)} or ` : ''}${formatNumber(up)} (for example through the accumulation steps), or pick a \`num_generations\` that divides ${formatNumber(batch)}.`,
  });
}
