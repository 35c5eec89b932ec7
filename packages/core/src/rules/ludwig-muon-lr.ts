import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { entryOf, fieldsNamed } from '../rule-kit/select.js';
import { numberValue, stringValue, specialKind } from '../loader/special-values.js';

/** Ludwig's trainer default learning rate (`ECDTrainerConfig.learning_rate`). */
const LUDWIG_DEFAULT_LR = 0.001;
/** Below this a Muon learning rate is Adam-sized (Muon's own default is 0.02). */
const ADAM_SIZED = 0.005;

/**
 * Ludwig's Muon takes its learning rate from `trainer.learning_rate`, whose default (0.001) is an
 * Adam value; Ludwig's own docs warn that Muon's default rate (0.02) "is much higher than typical
 * Adam lr (1e-3); always re-tune lr when switching from Adam". The finding says no more than that:
 * Ludwig's implementation scales each orthogonalised update by √max(rows, cols) (unit RMS, like an
 * Adam step), so an Adam-sized rate is not necessarily too small there, and 0.02 is not a safe
 * replacement either; only a sweep tells.
 */
export default defineRule({
  id: 'ludwig-muon-lr',
  severity: 'info',
  category: 'framework',
  description: 'Note a Ludwig Muon optimizer running at an Adam-sized learning rate',
  presets: ['strict'],
  frameworks: ['ludwig'],
  options: {
    schema: { type: 'object', properties: { minLearningRate: { type: 'number', exclusiveMinimum: 0 } }, additionalProperties: false },
    defaults: { minLearningRate: ADAM_SIZED },
  },
  references: [
    { title: 'Ludwig schema/optimizers.py MuonOptimizerConfig ("always re-tune lr when switching from Adam")', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/optimizers.py' },
    { title: 'Muon: An optimizer for hidden layers (Jordan et al., 2024)', url: 'https://kellerjordan.github.io/posts/muon/' },
  ],
  check(ctx) {
    if (!ctx.hasFramework('ludwig')) return;
    const min = (ctx.options as { minLearningRate?: number }).minLearningRate ?? ADAM_SIZED;
    for (const type of fieldsNamed(ctx, ['type'])) {
      if (type.parent?.normalized !== 'optimizer' || type.parent.parent?.normalized !== 'trainer') continue;
      if (stringValue(type.value)?.toLowerCase() !== 'muon') continue;
      const trainer = type.parent.container;
      const lrEntry = entryOf(trainer, 'learning_rate');
      if (lrEntry && specialKind(lrEntry.value)) continue;
      const lr = lrEntry ? numberValue(lrEntry.value) : LUDWIG_DEFAULT_LR;
      if (lr === undefined || lr >= min) continue;
      const lrField = lrEntry ? ctx.fields.find((f) => f.entry === lrEntry) : undefined;
      ctx.report({
        field: lrField ?? type,
        message: lrEntry ? `Muon runs at learning rate ${formatNumber(lr)}, an Adam-sized value.` : `Muon runs at Ludwig's default learning rate ${formatNumber(lr)}, an Adam-sized value.`,
        explanation:
          (lrField ? `${fieldName(lrField)} is ${formatNumber(lr)} and the optimizer is Muon. ` : `The optimizer is Muon and \`trainer.learning_rate\` is not set, so Ludwig uses its default ${formatNumber(lr)}. `) +
          'Ludwig\'s `MuonOptimizerConfig` gives 0.02 as Muon\'s default, "much higher than typical Adam lr (1e-3)", and says to "always re-tune lr when switching from Adam": a rate tuned for Adam is not known to suit Muon. ' +
          'Ludwig scales each orthogonalised update by √max(rows, cols), so the best rate depends on the model; sweep `trainer.learning_rate` (for example from 0.001 to 0.02) rather than keeping the Adam value.',
      });
    }
  },
});
