import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';

/** Weight decay and L1/L2 penalties must not be negative (PyTorch, Ludwig, LightGBM, XGBoost all check). */
export default defineRule({
  id: 'weight-decay-non-negative',
  severity: 'error',
  category: 'range',
  description: 'Require weight decay and L1/L2 regularization strengths to be non-negative',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.AdamW: "Invalid weight_decay value"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/optim/adamw.py' },
    { title: 'LightGBM parameters: lambda_l1 >= 0.0, lambda_l2 >= 0.0', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html' },
    { title: 'XGBoost parameters: reg_lambda, reg_alpha', url: 'https://xgboost.readthedocs.io/en/stable/parameter.html' },
  ],
  check(ctx) {
    for (const field of numericFields(ctx, ['weight-decay', 'l1-regularization', 'l2-regularization'])) {
      if (field.normalized === 'c') continue; // scikit-learn's C is an inverse strength; sklearn-positive-c checks it
      const value = numberValue(field.value);
      if (value === undefined || value >= 0) continue;
      ctx.report({
        field,
        message: `Regularization strength ${formatNumber(value)} is negative.`,
        explanation:
          `${fieldName(field)} is ${formatNumber(value)}. A negative penalty rewards large weights instead of shrinking them, and PyTorch optimizers, Ludwig, LightGBM and XGBoost reject it. Use 0 to disable it, or a positive value.`,
      });
    }
  },
});
