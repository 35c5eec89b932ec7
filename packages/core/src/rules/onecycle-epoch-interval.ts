import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, childOf, className, classOf, entriesOf, fieldIn, str, topField } from '../rule-kit/field-index.js';

/**
 * OneCycleLR and CyclicLR are per-iteration schedules: `total_steps` / `step_size_up` count
 * optimizer steps. Stepped once per epoch they barely move (OneCycleLR stays in its warmup for
 * the whole run). Lightning steps a scheduler per epoch unless told `interval: step` (and warns
 * "A `OneCycleLR` scheduler is using 'interval': 'epoch'"); LightningCLI's `lr_scheduler:` always
 * returns it that way; mmengine steps it per epoch under `by_epoch: true` unless
 * `convert_to_iter_based: true`.
 */
export default defineRule({
  id: 'onecycle-epoch-interval',
  severity: 'warn',
  category: 'framework',
  description: 'Flag one-cycle and cyclic schedules stepped once per epoch instead of every step',
  presets: ['recommended', 'strict'],
  frameworks: ['lightning', 'hydra'],
  references: [
    { title: 'Lightning core/optimizer.py: "A `OneCycleLR` scheduler is using \'interval\': \'epoch\'"', url: 'https://github.com/Lightning-AI/pytorch-lightning/blob/master/src/lightning/pytorch/core/optimizer.py' },
    { title: 'LightningCLI.configure_optimizers (returns schedulers with the default epoch interval)', url: 'https://github.com/Lightning-AI/pytorch-lightning/blob/master/src/lightning/pytorch/cli.py' },
    { title: 'pytorch/pytorch#65417 and Lightning-AI/pytorch-lightning#9630', url: 'https://github.com/Lightning-AI/pytorch-lightning/issues/9630' },
  ],
  check(ctx) {
    const seen = new Set<Field['container']>();
    for (const f of ctx.fields) {
      if (!['_target_', 'class_path', 'type', 'name'].includes(f.normalized) || seen.has(f.container)) continue;
      seen.add(f.container);
      const name = className(classOf(ctx.fields, f.container));
      if (name !== 'onecyclelr' && name !== 'cycliclr') continue;
      const label = name === 'onecyclelr' ? 'OneCycleLR' : 'CyclicLR';
      // mmengine: `by_epoch: true` steps per epoch unless the schedule is converted to iterations.
      const e = entriesOf(ctx.fields, f.container);
      const byEpoch = e.get('by_epoch');
      if (byEpoch && bool(byEpoch) === true && bool(e.get('convert_to_iter_based')) !== true) {
        report(ctx, byEpoch, label, `${fieldName(byEpoch)} is true and \`convert_to_iter_based\` is not, so mmengine steps the ${label} once per epoch`, 'Set `convert_to_iter_based: true` (or `by_epoch: false`).');
        continue;
      }
      // A Lightning scheduler dict: {scheduler: {_target_: ...OneCycleLR}, interval: epoch}.
      const holder = f.container === topField(ctx.fields, 'lr_scheduler')?.value ? topField(ctx.fields, 'lr_scheduler') : undefined;
      const interval = siblingInterval(ctx.fields, f);
      if (interval && str(interval) === 'epoch') {
        report(ctx, interval, label, `${fieldName(interval)} is "epoch", so Lightning steps the ${label} once per epoch (and warns that 'interval': 'step' was probably meant)`, 'Set `interval: step`.');
        continue;
      }
      // LightningCLI: a top-level `lr_scheduler` with class_path is returned without an interval, i.e. per epoch.
      if (holder && f.normalized === 'class_path' && ctx.hasFramework('lightning') && topField(ctx.fields, 'trainer')) {
        report(ctx, f, label, `LightningCLI returns a top-level \`lr_scheduler\` to Lightning without an \`interval\`, so ${fieldName(f)} is stepped once per epoch`, `Configure the ${label} in the LightningModule's \`configure_optimizers\` with \`"interval": "step"\`, or override \`LightningCLI.configure_optimizers\` to return it that way.`);
      }
    }
  },
});

/** `interval` next to the scheduler's mapping (`{scheduler: {...}, interval: epoch}`) or inside it. */
function siblingInterval(fields: readonly Field[], classField: Field): Field | undefined {
  const own = fieldIn(fields, classField.container, 'interval');
  if (own) return own;
  const holder = classField.parent;
  if (!holder) return undefined;
  const args = holder.normalized === 'init_args' ? holder.parent : holder;
  return args ? fieldIn(fields, args.container, 'interval') ?? childOf(fields, args, 'interval') : undefined;
}

function report(ctx: RuleContext<object>, at: Field, label: string, why: string, fix: string): void {
  ctx.report({
    field: at,
    message: `${label} is stepped once per epoch, but it is a per-step schedule.`,
    explanation: `${why}. ${label} counts its cycle in optimizer steps (\`total_steps\`, \`step_size_up\`), so stepped per epoch it hardly moves: the learning rate stays near its starting value for the whole run. ${fix}`,
  });
}
