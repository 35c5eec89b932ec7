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
 * Adam value; Ludwig's own docs warn that Muon's usual rate (0.02) "is much higher than typical Adam
 * lr (1e-3); always re-tune lr when switching from Adam".
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
          'Muon orthogonalises each update, so its usual learning rate is about 0.02, much higher than Adam\'s 1e-3; Ludwig\'s documentation says to always re-tune the learning rate when switching from Adam. ' +
          'At an Adam-sized rate Muon updates far too little. Try `learning_rate: 0.02` and tune from there.',
      });
    }
  },
});
