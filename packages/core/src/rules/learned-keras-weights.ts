import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { describeValues, learnedFields } from '../rule-kit/learned.js';

/**
 * Keras layer weights (`kernel`, `recurrent_kernel`, `bias` vectors, BatchNormalization `gamma`,
 * `beta`, `moving_mean`, `moving_variance`, `embeddings`) are produced by training. A `.keras`
 * archive keeps them in `model.weights.h5`, apart from `config.json`, which holds only the
 * architecture and the compile settings; numbers under those names in a config are weights
 * copied into the wrong file.
 */
export default defineRule({
  id: 'learned-keras-weights',
  severity: 'warn',
  category: 'learned-parameters',
  description: 'Flag Keras layer weights (kernels, BatchNormalization statistics, embeddings) inside a config',
  presets: ['recommended', 'strict'],
  frameworks: ['keras'],
  references: [
    { title: 'Keras saving: the .keras format keeps config.json and model.weights.h5 apart', url: 'https://keras.io/guides/serialization_and_saving/' },
    { title: 'keras/src/saving/saving_lib.py', url: 'https://github.com/keras-team/keras/blob/master/keras/src/saving/saving_lib.py' },
  ],
  check(ctx) {
    for (const field of learnedFields(ctx.fields, 'keras')) {
      ctx.report({
        field,
        on: 'key',
        message: `${fieldName(field)} holds learned Keras weights (${describeValues(field)}) that belong in a weights file, not in a config.`,
        explanation:
          `${fieldName(field)} is a layer variable that training produces (${field.evidence.join('; ')}). Keras keeps such values in \`model.weights.h5\` (or a checkpoint), and loads the architecture from \`config.json\`; numbers copied into a config are not loaded as weights, go stale, and bloat the file. ` +
          'Save them with `model.save("model.keras")` or `model.save_weights(...)` and keep only hyperparameters (units, activation, initializers, regularizers) here.',
      });
    }
  },
});
