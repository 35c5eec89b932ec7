import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { className, classOf, num } from '../rule-kit/field-index.js';

/**
 * BatchNorm `momentum` means opposite things: in PyTorch it is the weight of the new batch
 * (default 0.1: running = 0.9·running + 0.1·batch); in Keras/TensorFlow it is the decay of the
 * running average (default 0.99: running = 0.99·running + 0.01·batch). A value copied across
 * frameworks keeps the number and flips the meaning: 0.99 in PyTorch makes the running statistics
 * follow the last batch, 0.1 in Keras makes them forget almost at once. Reported only where the
 * layer's framework is certain (a torch.nn / SpeechBrain BatchNorm class, a Keras
 * BatchNormalization layer); other `momentum`/`bn_momentum` keys follow their framework's own
 * convention (Ludwig TabNet's `bn_momentum` is not checked).
 */
export default defineRule({
  id: 'bn-momentum-convention',
  severity: 'info',
  category: 'advice',
  description: 'Flag a BatchNorm momentum that looks like the other framework\'s convention',
  presets: ['strict'],
  references: [
    { title: 'torch.nn.BatchNorm2d: momentum (default 0.1) weights the new observation', url: 'https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm2d.html' },
    { title: 'Keras BatchNormalization: momentum (default 0.99) of the moving average', url: 'https://keras.io/api/layers/normalization_layers/batch_normalization/' },
  ],
  check(ctx) {
    for (const f of ctx.fields) {
      if (f.normalized !== 'momentum') continue;
      const v = num(f);
      if (v === undefined || v <= 0 || v >= 1) continue;
      const cls = classOf(ctx.fields, f.container);
      const name = className(cls);
      if (!cls || !name) continue;
      const torch = /^(?:batchnorm[123]d|syncbatchnorm|batchnorm)$/.test(name) && /torch|speechbrain|^[a-z_]*batchnorm/.test(cls) && !/keras|tensorflow/.test(cls);
      const keras = name === 'batchnormalization' && (ctx.hasFramework('keras') || /keras|tensorflow/.test(cls));
      if (torch && v >= 0.5) {
        ctx.report({
          field: f,
          message: `BatchNorm momentum ${formatNumber(v)} looks like the Keras convention; PyTorch expects about 0.1.`,
          explanation: `${fieldName(f)} belongs to a PyTorch BatchNorm (\`${cls}\`), where momentum is the weight of each new batch: ${formatNumber(v)} makes the running mean and variance almost equal to the last batch's, so evaluation uses noisy statistics. If the value came from Keras or TensorFlow, where momentum is the decay of the average, the PyTorch equivalent is 1 − ${formatNumber(v)} = ${formatNumber(Math.round((1 - v) * 1000) / 1000)} (PyTorch's default is 0.1).`,
        });
      } else if (keras && v <= 0.5) {
        ctx.report({
          field: f,
          message: `BatchNorm momentum ${formatNumber(v)} looks like the PyTorch convention; Keras expects about 0.99.`,
          explanation: `${fieldName(f)} belongs to a Keras BatchNormalization layer, where momentum is the decay of the moving average: ${formatNumber(v)} keeps only ${formatNumber(Math.round(v * 100))}% of the old statistics at each step, so the moving mean and variance used at inference follow the last few batches. If the value came from PyTorch, the Keras equivalent is 1 − ${formatNumber(v)} = ${formatNumber(Math.round((1 - v) * 1000) / 1000)} (Keras's default is 0.99).`,
        });
      }
    }
  },
});
