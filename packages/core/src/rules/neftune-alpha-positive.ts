import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed } from '../rule-kit/select.js';
import { numberValue } from '../loader/special-values.js';

/** axolotl validates `neftune_noise_alpha` ("neftune_noise_alpha must be > 0.0"); 0 or less is refused. */
export default defineRule({
  id: 'neftune-alpha-positive',
  severity: 'error',
  category: 'range',
  description: 'Require axolotl `neftune_noise_alpha` to be positive when set',
  presets: ['recommended', 'strict'],
  frameworks: ['axolotl'],
  references: [
    { title: 'axolotl schemas/validation.py validate_neftune_noise_alpha: "neftune_noise_alpha must be > 0.0"', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
    { title: 'NEFTune: Noisy Embeddings Improve Instruction Finetuning (alpha 5–15)', url: 'https://arxiv.org/abs/2310.05914' },
  ],
  check(ctx) {
    if (!ctx.hasFramework('axolotl')) return;
    for (const field of fieldsNamed(ctx, ['neftune_noise_alpha', 'noisy_embedding_alpha'])) {
      if (field.path.length !== 1) continue;
      const value = numberValue(field.value);
      if (value === undefined || value > 0) continue;
      ctx.report({
        field,
        message: `NEFTune noise alpha ${formatNumber(value)} must be positive.`,
        explanation: `${fieldName(field)} scales the noise added to embeddings during fine-tuning; axolotl refuses 0 or less ("neftune_noise_alpha must be > 0.0"). Remove the key to train without NEFTune, or use the paper's range of 5 to 15.`,
      });
    }
  },
});
