import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { TrainingRun } from '../model/training-run.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { DURATION_UNITS, numberValue, type Duration } from '../loader/special-values.js';
import { ratioOverridden, warmupAddedToRun, warmupIgnored, warmupWithinFirstEpoch } from '../rule-kit/warmup.js';
import { childOf, isRunEpochs, nearestField, num, topField } from '../rule-kit/field-index.js';
import { baseChain, DETECTRON2_DEFAULT_WARMUP_ITERS, inheritedSolverSetting } from '../rule-kit/base-chain.js';

/**
 * Warmup that lasts as long as training or longer: the learning rate never reaches its peak
 * (DeepSpeed warns when `total_num_steps` < `warmup_num_steps`; LitGPT, OLMo, torchtitan and HF
 * simply run the whole job inside warmup).
 */
export default defineRule({
  id: 'warmup-longer-than-run',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag warmup that lasts as long as training or longer',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'DeepSpeed lr_schedules.py: total_num_steps is less than warmup_num_steps', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/lr_schedules.py' },
    { title: 'Google Research tuning playbook: "How to apply learning rate warmup"', url: 'https://github.com/google-research/tuning_playbook#how-to-apply-learning-rate-warmup' },
    { title: 'detectron2 config/defaults.py: _C.SOLVER.WARMUP_ITERS = 1000', url: 'https://github.com/facebookresearch/detectron2/blob/main/detectron2/config/defaults.py' },
  ],
  check(ctx) {
    checkInheritedSolverWarmup(ctx);
    for (const run of ctx.runs) {
      // HF's `constant` schedule never reads the warmup: constant-schedule-ignores-warmup says so.
      if (warmupIgnored(ctx, run)) continue;
      const { warmupSteps, warmupRatio, totalSteps } = run.schedule;
      // Above 1 the ratio is out of range, warmup-ratio-range's error; exactly 1 is legal and fills the run.
      if (warmupRatio?.value === 1 && !ratioOverridden(ctx, run)) {
        ctx.report({
          field: warmupRatio.field,
          message: `Warmup ratio ${formatNumber(warmupRatio.value)} makes warmup last the whole run.`,
          explanation:
            `${fieldName(warmupRatio.field)} is the fraction of training spent warming up; at ${formatNumber(warmupRatio.value)} the learning rate is still rising when training ends, so the configured peak is never used. ` +
            'Use a small fraction such as 0.03–0.1.',
        });
      }
      checkWarmupEpochs(ctx, run);
      const warm = warmupSteps?.value;
      if (!warmupSteps || !warm || warm.amount <= 0) continue;
      if (warmupAddedToRun(ctx, warmupSteps.field)) continue;
      if (warm.unit === undefined && warm.amount < 1) continue; // HF ≥ 5: warmup_steps below 1 is a ratio
      if (warm.unit === 'dur') {
        if (warm.amount >= 1) {
          ctx.report({
            field: warmupSteps.field,
            message: `Warmup of ${formatNumber(warm.amount)}dur covers the whole run.`,
            explanation: `${fieldName(warmupSteps.field)} is measured as a fraction of the run (\`dur\`); 1dur or more means the learning rate is still warming up when training stops. Use a fraction such as 0.02dur–0.1dur.`,
          });
        }
        continue;
      }
      const candidates = [totalSteps, run.duration.maxSteps].filter((t) => t?.value !== undefined && t.value.amount > 0);
      for (const total of candidates) {
        if (!total?.value || !sameUnit(warm, total.value)) continue;
        if (warm.amount < total.value.amount) continue;
        ctx.report({
          field: warmupSteps.field,
          message: `Warmup lasts ${describe(warm)} but ${total === totalSteps ? 'the schedule ends' : 'training stops'} after ${describe(total.value)}.`,
          explanation:
            `${fieldName(warmupSteps.field)} is ${describe(warm)} and ${fieldName(total.field)} is ${describe(total.value)}, so the learning rate is still rising when ${total === totalSteps ? 'the schedule ends' : 'training ends'} and never reaches its configured peak. ` +
            'Shorten the warmup (a few percent of the run is usual) or train for longer.',
        });
        break;
      }
    }
  },
});

/** A warmup counted in epochs (`warmup_epochs: 5` in timm and DeiT recipes, wedefense's `warm_up_epoch`). */
const WARMUP_EPOCH_NAMES = new Set(['warmup_epochs', 'warmup_epoch', 'warm_up_epochs', 'warm_up_epoch', 'lr_warmup_epochs', 'num_warmup_epochs', 'n_warmup_epochs']);

/**
 * Warmup in epochs as long as the run's epochs or longer: wedefense's `warm_up_epoch: 6` in a run of `num_epochs: 5`,
 * graphium's `warmup_epochs: 10` beside `max_num_epochs: 5`. The epochs are the nearest beside the warmup or beside a
 * block enclosing it (W-MAE's MAE section has its own `epochs: 900`). More than twice the run is taken for another unit,
 * as for milestones: LHRS-Bot's trainers hand `warmup_epochs: 300` to their hook as `warmup_iters`.
 */
function checkWarmupEpochs(ctx: RuleContext<object>, run: TrainingRun): void {
  const warmup = run.fields.find((f) => f.concept === 'warmup' && WARMUP_EPOCH_NAMES.has(f.normalized) && f.value.kind === 'scalar');
  const amount = warmup ? numberValue(warmup.value) : undefined;
  if (!warmup || amount === undefined || amount <= 0 || warmupAddedToRun(ctx, warmup) || warmupWithinFirstEpoch(ctx, warmup)) return;
  const epochs = nearestField(ctx.fields, warmup, (g) => isRunEpochs(g) && g.value.kind === 'scalar');
  const total = epochs ? numberValue(epochs.value) : undefined;
  if (!epochs || total === undefined || total <= 0 || amount < total || amount > 2 * total) return;
  const warm = { amount, unit: 'ep' } as const;
  const length = { amount: total, unit: 'ep' } as const;
  ctx.report({
    field: warmup,
    message: `Warmup lasts ${describe(warm)} but training stops after ${describe(length)}.`,
    explanation:
      `${fieldName(warmup)} is ${describe(warm)} and ${fieldName(epochs)} is ${describe(length)}, so the learning rate is still rising when training ends and never reaches its configured peak. ` +
      'Shorten the warmup (a few percent of the run is usual) or train for longer.',
  });
}

/**
 * A detectron2 config that sets `SOLVER.MAX_ITER` but no warmup runs with the warmup its `_BASE_` chain sets, or with
 * detectron2's default of 1000 iterations (`WarmupMultiStepLR` and `WarmupCosineLR` both warm up). A short run, such as
 * the model zoo's `quick_schedules` smoke tests at `MAX_ITER: 40` or a fine-tune of a few hundred iterations, then ends
 * before the rate reaches `BASE_LR`. Left alone: a project whose scripts write `SOLVER.WARMUP_ITERS` themselves, a
 * warmup factor of 1 (the warmup starts at the full rate), and a chain whose files could not all be read.
 */
function checkInheritedSolverWarmup(ctx: RuleContext<object>): void {
  if (!ctx.hasFramework('detectron2') || ctx.scripts.solverWarmupInScripts !== undefined) return;
  const solver = topField(ctx.fields, 'solver');
  const maxIter = childOf(ctx.fields, solver, 'max_iter');
  const total = num(maxIter);
  if (!solver || !maxIter || total === undefined || total <= 0 || childOf(ctx.fields, solver, 'warmup_iters')) return;
  const chain = baseChain(ctx);
  if (!chain) return;
  const factor = num(childOf(ctx.fields, solver, 'warmup_factor') ?? inheritedSolverSetting(chain, 'warmup_factor')?.field);
  if (factor !== undefined && factor >= 1) return;
  const inherited = inheritedSolverSetting(chain, 'warmup_iters');
  if (!inherited && !chain.complete) return;
  const warm = inherited ? num(inherited.field) : DETECTRON2_DEFAULT_WARMUP_ITERS;
  if (warm === undefined || warm <= 0 || warm < total) return;
  const source = inherited
    ? `\`SOLVER.WARMUP_ITERS: ${formatNumber(warm)}\` in \`${inherited.file.filePath}\`, which this file's \`_BASE_\` chain reaches`
    : `detectron2's default \`SOLVER.WARMUP_ITERS\` of ${formatNumber(warm)}, which neither this file nor its \`_BASE_\` chain sets`;
  ctx.report({
    field: maxIter,
    message: `Training stops after ${formatNumber(total)} iterations, inside the ${formatNumber(warm)}-iteration warmup ${inherited ? 'its base sets' : 'detectron2 applies by default'}.`,
    explanation:
      `${fieldName(maxIter)} is ${formatNumber(total)}, and the warmup is ${source}. detectron2's schedulers raise the rate from \`WARMUP_FACTOR\` × \`BASE_LR\` over the warmup, so the run ends before the learning rate reaches \`BASE_LR\`. ` +
      `Set \`SOLVER.WARMUP_ITERS\` here to a few percent of \`MAX_ITER\` (${formatNumber(Math.max(1, Math.round(total / 10)))} is a tenth), or 0 for no warmup.`,
  });
}

function sameUnit(a: Duration, b: Duration): boolean {
  const norm = (u: Duration['unit']): string => (u === undefined || u === 'ba' || u === 'it' ? 'steps' : u === 'T' ? 'tok' : u);
  return norm(a.unit) === norm(b.unit);
}

function describe(d: Duration): string {
  const unit = d.unit === undefined || d.unit === 'ba' || d.unit === 'it' ? 'steps' : DURATION_UNITS[d.unit];
  // "1 epoch", "1 sample"; "fraction of the run" has no plural to drop.
  return `${formatNumber(d.amount)} ${d.amount === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`;
}
