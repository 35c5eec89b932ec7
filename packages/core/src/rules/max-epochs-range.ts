import { builtByLightningTrainer, isLightningTrainerArg } from '../rule-kit/lightning.js';
import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed, sibling } from '../rule-kit/select.js';
import { numberValue } from '../loader/special-values.js';

/**
 * Run-length limits frameworks validate: Lightning's `max_epochs`/`max_steps` must be a
 * non-negative integer or -1 (no limit); Ludwig's `trainer.epochs` and `train_steps` are positive
 * integers; scikit-learn's `max_iter` is at least 0 (LogisticRegression) or 1 (MLP, SGD).
 */
export default defineRule({
  id: 'max-epochs-range',
  severity: 'error',
  category: 'range',
  description: 'Require epoch and step limits to be whole numbers in the range the framework accepts',
  presets: ['recommended', 'strict'],
  frameworks: ['lightning', 'nemo', 'litgpt', 'ludwig', 'sklearn'],
  references: [
    { title: 'Lightning fit_loop: "`max_epochs` must be a non-negative integer or -1"', url: 'https://github.com/Lightning-AI/pytorch-lightning/blob/master/src/lightning/pytorch/loops/fit_loop.py' },
    { title: 'Ludwig ECDTrainerConfig: epochs and train_steps are PositiveInteger', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/trainer.py' },
    { title: 'scikit-learn parameter constraints: max_iter Interval(Integral, 1, None) for MLP and SGD', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html' },
  ],
  check(ctx) {
    const lightning = ctx.hasFramework('lightning') || ctx.hasFramework('nemo');
    const ludwig = ctx.hasFramework('ludwig');
    for (const field of fieldsNamed(ctx, ['max_epochs', 'max_steps', 'epochs', 'train_steps', 'max_iter'])) {
      const value = numberValue(field.value);
      if (value === undefined) continue;
      if (((lightning && isLightningTrainerArg(field)) || builtByLightningTrainer(field)) && field.normalized !== 'epochs' && field.normalized !== 'train_steps' && field.normalized !== 'max_iter') {
        if (value >= -1 && Number.isInteger(value)) continue;
        ctx.report({
          field,
          message: `Lightning's \`${field.normalized}\` ${formatNumber(value)} must be a non-negative integer or -1.`,
          explanation:
            `${fieldName(field)} is ${formatNumber(value)}. Lightning's Trainer refuses it ("\`${field.normalized}\` must be a non-negative integer or -1"). ` +
            `Use -1 for no limit, or a whole number of ${field.normalized === 'max_steps' ? 'steps' : 'epochs'}.`,
        });
        continue;
      }
      if (ludwig && field.parent?.normalized === 'trainer' && (field.normalized === 'epochs' || field.normalized === 'train_steps')) {
        if (value >= 1 && Number.isInteger(value)) continue;
        ctx.report({
          field,
          message: `Ludwig's trainer \`${field.normalized}\` ${formatNumber(value)} must be a positive integer.`,
          explanation: `${fieldName(field)} is ${formatNumber(value)}, but Ludwig's trainer schema declares it a positive integer and refuses the config. ${field.normalized === 'train_steps' ? 'Remove it to train by epochs, or' : 'Use'} a whole number of at least 1.`,
        });
        continue;
      }
      if (field.normalized === 'max_iter' && isSklearnEstimator(field, ctx.hasFramework('sklearn'))) {
        const min = sibling(field, 'hidden_layer_sizes') || sibling(field, 'eta0') || sibling(field, 'learning_rate_init') ? 1 : 0;
        if (value >= min && Number.isInteger(value)) continue;
        ctx.report({
          field,
          message: `scikit-learn \`max_iter\` ${formatNumber(value)} must be an integer of at least ${min}.`,
          explanation: `${fieldName(field)} is ${formatNumber(value)}. scikit-learn validates it as an integer of at least ${min} and raises InvalidParameterError otherwise. Use a whole number of iterations such as 200.`,
        });
      }
    }
  },
});


function isSklearnEstimator(field: Field, sklearn: boolean): boolean {
  if (['solver', 'penalty', 'hidden_layer_sizes', 'tol', 'eta0', 'learning_rate_init', 'fit_intercept'].some((n) => sibling(field, n) !== undefined)) return sklearn || sibling(field, 'solver') !== undefined;
  return false;
}
