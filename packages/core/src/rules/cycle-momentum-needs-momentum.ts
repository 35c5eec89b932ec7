import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, className, classOf, fieldIn } from '../rule-kit/field-index.js';

/** torch optimizers whose defaults have neither `momentum` nor `betas`. */
const NO_MOMENTUM = /(?:^|[._])(?:adagrad|adadelta|lbfgs|asgd|rprop|sparse_?adagrad)$/;

/**
 * torch's OneCycleLR and CyclicLR cycle the momentum inversely to the learning rate by default
 * (`cycle_momentum=True`), which needs an optimizer with a `momentum` or `betas` setting; with
 * Adagrad, Adadelta, ASGD, Rprop or L-BFGS the scheduler's constructor raises "optimizer must
 * support momentum or beta1 with `cycle_momentum` option enabled".
 */
export default defineRule({
  id: 'cycle-momentum-needs-momentum',
  severity: 'error',
  category: 'consistency',
  description: 'Flag OneCycleLR/CyclicLR momentum cycling with an optimizer that has no momentum',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'PyTorch torch/optim/lr_scheduler.py OneCycleLR and CyclicLR (cycle_momentum)', url: 'https://github.com/pytorch/pytorch/blob/main/torch/optim/lr_scheduler.py' },
    { title: 'torch.optim.lr_scheduler.OneCycleLR', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.OneCycleLR.html' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const opt = run.optimizer.name;
      if (!opt || run.optimizer.nameFromDefault || !opt.value || !NO_MOMENTUM.test(opt.value.toLowerCase())) continue;
      for (const f of run.fields) {
        if (!['_target_', 'class_path', 'type', 'name'].includes(f.normalized)) continue;
        const cls = classOf(ctx.fields, f.container);
        const name = className(cls);
        if (name !== 'onecyclelr' && name !== 'cycliclr') continue;
        if (!cls!.includes('torch') && f.normalized !== '_target_' && f.normalized !== 'class_path') continue;
        const args = f.normalized === 'class_path' ? fieldIn(ctx.fields, f.container, 'init_args')?.value : f.container;
        const cycle = fieldIn(ctx.fields, args, 'cycle_momentum');
        if (cycle && bool(cycle) !== true) continue;
        report(ctx, f, opt.field, name === 'onecyclelr' ? 'OneCycleLR' : 'CyclicLR', opt.value, cycle);
      }
    }
  },
});

function report(ctx: RuleContext<object>, sched: Field, optField: Field, schedName: string, optName: string, cycle: Field | undefined): void {
  ctx.report({
    field: sched,
    message: `${schedName} cycles momentum by default, but the ${optName.replace(/^.*\./, '')} optimizer has no momentum or betas.`,
    explanation:
      `${fieldName(sched)} builds ${schedName} with ${cycle ? `${fieldName(cycle)} true` : '`cycle_momentum` left at its default (true)'}, which moves the optimizer's momentum (or Adam's beta1) opposite to the learning rate. ${fieldName(optField)} names an optimizer without either, so torch raises "optimizer must support momentum or beta1 with \`cycle_momentum\` option enabled" when the scheduler is created. ` +
      'Set `cycle_momentum: false`, or use an optimizer with momentum (SGD with momentum, Adam, AdamW).',
  });
}
