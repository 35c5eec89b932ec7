import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';

/**
 * `torch.optim.Adam` (and NeMo `adam`, Ludwig `adam`, SpeechBrain `!name:torch.optim.Adam`) adds
 * `weight_decay` to the gradient: an L2 penalty that Adam's per-parameter scaling then weakens,
 * not the decoupled decay of AdamW (Loshchilov & Hutter). DeepSpeed's Adam (AdamW mode by default),
 * Keras 3 optimizers and `decoupled_weight_decay: true` are decoupled and not flagged.
 */
/**
 * A decay this small is a way of writing none: EGNN and its lineage keep `weight_decay: 1e-10` (GMN) or 1e-12 beside
 * Adam, and a penalty of 1e-10 times a weight changes no gradient, whichever way it is applied.
 */
const NEGLIGIBLE_DECAY = 1e-8;

export default defineRule({
  id: 'adam-coupled-weight-decay',
  severity: 'warn',
  category: 'advice',
  description: 'Flag Adam with weight decay, which is an L2 penalty rather than decoupled decay (use AdamW)',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: [
    { title: 'Loshchilov & Hutter, Decoupled Weight Decay Regularization', url: 'https://arxiv.org/abs/1711.05101' },
    { title: 'torch.optim.Adam ("weight_decay: weight decay (L2 penalty)") vs torch.optim.AdamW', url: 'https://pytorch.org/docs/stable/generated/torch.optim.Adam.html' },
    { title: 'DeepSpeed config: Adam defaults to adam_w_mode', url: 'https://www.deepspeed.ai/docs/config-json/#optimizer-parameters' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const { optimizer } = run;
      const wd = optimizer.weightDecay;
      if (optimizer.family !== 'adam' || optimizer.decoupledWeightDecay !== false || !wd || wd.value === undefined || wd.value <= NEGLIGIBLE_DECAY) continue;
      const name = optimizer.name;
      const suggestions = [];
      if (name && name.node.kind === 'scalar' && !optimizer.nameFromDefault && !optimizer.nameIgnoredByScripts) {
        const replaced = name.node.raw.replace(/adam(?!w)/i, (m) => (m === 'Adam' ? 'AdamW' : m === 'ADAM' ? 'ADAMW' : 'adamw'));
        if (replaced !== name.node.raw) suggestions.push({ description: 'Switch to AdamW (re-tune weight_decay)', edits: [{ range: name.node.range, text: replaced }] });
      }
      const label = optimizer.nameIgnoredByScripts ? "torch's Adam" : name?.value ?? 'Adam';
      ctx.report({
        field: wd.field,
        message: `${label} applies weight decay ${formatNumber(wd.value)} as an L2 penalty, not decoupled weight decay.`,
        explanation:
          `The optimizer is ${optimizer.nameFromDefault ? "Adam (the framework's default, since the file names none)" : optimizer.fromScripts !== undefined ? `torch's Adam (${optimizer.nameIgnoredByScripts ? `the file names \`${name?.value}\`, which no script builds` : 'the file names none'}; ${optimizer.fromScripts}, given this weight decay)` : `\`${label}\``} and ${fieldName(wd.field)} is ${formatNumber(wd.value)}${optimizer.weightDecayFromScripts !== undefined ? ` (${optimizer.weightDecayFromScripts})` : ''}. Adam adds weight decay to the gradient, where its adaptive scaling shrinks it for parameters with large gradients, ` +
          'so it regularises much less (and less evenly) than intended (Loshchilov & Hutter, 2017). ' +
          (optimizer.fromScripts !== undefined
            ? 'Build `torch.optim.AdamW` in that script instead for decoupled weight decay. '
            : 'Use AdamW for decoupled weight decay, or set `decoupled_weight_decay: true` where the optimizer supports it. ') +
          'AdamW multiplies the decay by the learning rate, so re-tune the value when switching (0.01–0.1 is typical).',
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
});
