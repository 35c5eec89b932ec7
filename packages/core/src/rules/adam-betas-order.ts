import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import type { ModelValue } from '../model/model-value.js';
import type { Field } from '../classify/classify.js';
import { isUnder, toDotted } from '../document/pointer.js';

/** A third beta says Adan or AdEMAMix, not Adam. */
const THIRD_BETA = new Set(['beta3', 'adam_beta3', 'beta_3', 'b3']);

/**
 * Adam's convergence proof (Kingma & Ba, 2015, Theorem 4.1) assumes β1² < √β2: the average of the squared gradient
 * (β2) must remember at least about as long as the average of the gradient (β1). Usual pairs are far inside it
 * ((0.9, 0.999) gives 0.81 < 0.9995; (0.9, 0.95) gives 0.81 < 0.975); a pair that breaks it is nearly always the two
 * values written the wrong way round (NKI-AI ahcore's `betas: [0.99, 0.9]`). Only two-beta Adam-family optimizers
 * are read (or a pair with no optimizer named, which is Adam's in the code that writes betas so): Adan's three betas
 * and Lion's sign update follow other rules.
 */
export default defineRule({
  id: 'adam-betas-order',
  severity: 'warn',
  category: 'advice',
  description: 'Flag Adam betas where beta1 remembers much longer than beta2 (beta1² ≥ √beta2), usually the two swapped',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'Kingma & Ba, Adam: A Method for Stochastic Optimization, Theorem 4.1 (β1²/√β2 < 1)', url: 'https://arxiv.org/abs/1412.6980' },
    { title: 'Reddi, Kale & Kumar, On the Convergence of Adam and Beyond', url: 'https://arxiv.org/abs/1904.09237' },
    { title: 'torch.optim.Adam (betas default (0.9, 0.999))', url: 'https://pytorch.org/docs/stable/generated/torch.optim.Adam.html' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const { optimizer } = run;
      // A pair of betas with no optimizer named is Adam's (BasicSR's `beta1`/`beta2` for `torch.optim.Adam`), unless a
      // third beta says Adan or AdEMAMix; a name that is not Adam's (Lion, Sophia) keeps its own rules.
      const unnamedPair = optimizer.name === undefined && optimizer.family === 'unknown' && !run.fields.some((f) => THIRD_BETA.has(f.normalized));
      if (optimizer.family !== 'adam' && optimizer.family !== 'adamw' && !unnamedPair) continue;
      const { beta1, beta2 } = optimizer;
      if (!beta1 || !beta2 || beta1.value === undefined || beta2.value === undefined) continue;
      // Items of one list (`betas: [b1, b2]`) come with the list's path; a list of another length is not Adam's pair.
      const list = samePath(beta1, beta2) ? run.fields.find((f) => samePath(f, beta1.field)) : undefined;
      if (list && (list.value.kind !== 'seq' || list.value.items.length !== 2)) continue;
      const b1 = beta1.value;
      const b2 = beta2.value;
      // Out-of-range betas are adam-betas-range's.
      if (b1 < 0 || b1 >= 1 || b2 < 0 || b2 >= 1 || b1 * b1 < Math.sqrt(b2)) continue;
      ctx.report({
        ...(list ? { node: beta1.node } : { field: beta1.field }),
        message: `Adam beta1 ${formatNumber(b1)} is above beta2 ${formatNumber(b2)}; the two look swapped.`,
        explanation:
          `${label(beta1, list)} is ${formatNumber(b1)} and ${label(beta2, list)} is ${formatNumber(b2)}. beta1 is the decay rate of Adam's average of the gradient, beta2 that of its average of the squared gradient, which scales each step; ` +
          `Adam's convergence proof (Kingma & Ba, Theorem 4.1) needs beta1² < √beta2, here ${formatNumber(round(b1 * b1))} against ${formatNumber(round(Math.sqrt(b2)))}. ` +
          `With the step's scale forgetting faster than its direction, steps swing with the last few gradients' size and training is unstable. ` +
          `Usual pairs put beta1 first and lower: (0.9, 0.999), or (0.9, 0.95) for large language models; write (${formatNumber(b2)}, ${formatNumber(b1)}) if the two were swapped.`,
      });
    }
  },
});

function samePath(a: { readonly field: Field } | Field, b: { readonly field: Field } | Field): boolean {
  const pa = 'field' in a ? a.field.path : a.path;
  const pb = 'field' in b ? b.field.path : b.path;
  return pa.length === pb.length && isUnder(pa, pb);
}

/** `adam_beta1`, or `optimizer.betas[0]` for an item of a list. */
function label(v: ModelValue<number>, list: Field | undefined): string {
  const i = list?.value.kind === 'seq' ? list.value.items.indexOf(v.node) : -1;
  return i >= 0 ? '`' + toDotted([...list!.path, i]) + '`' : fieldName(v.field);
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
