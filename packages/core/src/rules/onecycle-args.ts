import { defineRule, type Report } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { schedulerClassOf } from '../rule-kit/schedulers.js';
import { numberValue, stringValue } from '../loader/special-values.js';

const POSITIVE_INTS = ['total_steps', 'epochs', 'steps_per_epoch'];

/**
 * Arguments PyTorch's OneCycleLR validates when it is built: `total_steps`, `epochs` and
 * `steps_per_epoch` are positive integers, `pct_start` is a float in [0, 1], `anneal_strategy` is
 * `cos` or `linear`. Missing arguments are not reported: frameworks often pass them from code
 * (`_partial_: true`, Lightning's `estimated_stepping_batches`).
 */
export default defineRule({
  id: 'onecycle-args',
  severity: 'error',
  category: 'range',
  description: 'Check the arguments PyTorch\'s OneCycleLR validates: step counts, `pct_start`, `anneal_strategy`',
  presets: ['recommended', 'strict'],
  references: [{ title: 'torch.optim.lr_scheduler.OneCycleLR (argument checks)', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.OneCycleLR.html' }],
  check(ctx) {
    for (const field of ctx.fields) {
      if (!['total_steps', 'epochs', 'steps_per_epoch', 'pct_start', 'anneal_strategy'].includes(field.normalized)) continue;
      if (schedulerClassOf(field) !== 'onecyclelr') continue;
      if (POSITIVE_INTS.includes(field.normalized)) checkPositiveInt(field, ctx.report);
      else if (field.normalized === 'pct_start') {
        const value = numberValue(field.value);
        if (value === undefined || (value >= 0 && value <= 1)) continue;
        ctx.report({
          field,
          message: `OneCycleLR \`pct_start\` ${formatNumber(value)} is outside [0, 1].`,
          explanation: `${fieldName(field)} is the fraction of the cycle spent increasing the learning rate, so PyTorch refuses anything outside [0, 1] ("Expected float between 0 and 1 pct_start"). The default is 0.3.`,
        });
      } else {
        const value = stringValue(field.value);
        if (value === undefined || value === 'cos' || value === 'linear') continue;
        ctx.report({
          field,
          message: `OneCycleLR \`anneal_strategy\` "${value}" is not \`cos\` or \`linear\`.`,
          explanation: `${fieldName(field)} is "${value}", but PyTorch's OneCycleLR only knows \`cos\` and \`linear\` and raises "anneal_strategy must be one of 'cos' or 'linear'". ${value.toLowerCase().startsWith('cos') ? 'Write `cos`.' : 'Use `cos` (the default) or `linear`.'}`,
        });
      }
    }
  },
});

function checkPositiveInt(field: Field, report: (r: Report) => void): void {
  const value = numberValue(field.value);
  if (value === undefined || (value > 0 && Number.isInteger(value))) return;
  report({
    field,
    message: `OneCycleLR \`${field.normalized}\` ${formatNumber(value)} must be a positive integer.`,
    explanation: `${fieldName(field)} is ${formatNumber(value)}. OneCycleLR needs the length of the cycle in steps, so PyTorch refuses a value that is not a positive integer ("Expected positive integer ${field.normalized}"). Set it to the number of optimizer steps (or epochs and steps per epoch) of the run.`,
  });
}
