import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { entriesOf, isPlaceholder, num } from '../rule-kit/field-index.js';
import { stringValue } from '../loader/special-values.js';
import { didYouMean } from '../rule-kit/suggest.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { childNamed, mlAgentsFile, type MlAgentsFile } from '../rule-kit/ml-agents.js';
import { ML_AGENTS_CONDITIONING, ML_AGENTS_DEFAULT_BATCH, ML_AGENTS_ENCODERS, ML_AGENTS_HYPERPARAMETERS, ML_AGENTS_SCHEDULES } from '../frameworks-data/ml-agents.js';
import { own } from '../util/own.js';

/**
 * Unity ML-Agents structures a `behaviors:` file into its settings classes when `mlagents-learn` starts
 * (`mlagents/trainers/settings.py`), and these fail there, before the environment is launched: hyperparameters without
 * a `trainer_type`, an enum value it does not have (`learning_rate_schedule: cosine`, `vis_encode_type: cnn`), a
 * recurrent memory of odd or no size or longer than the batch, a GAIL signal or behavioral cloning without
 * `demo_path`, and a curriculum lesson other than the last without `completion_criteria`, or a progress threshold
 * outside 0 to 1. Unknown keys are `unknown-key`'s.
 */
export default defineRule({
  id: 'ml-agents-trainer-settings',
  severity: 'error',
  category: 'consistency',
  description: 'Flag Unity ML-Agents trainer settings that mlagents-learn refuses when it reads the file',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  frameworks: ['ml-agents'],
  references: [
    { title: 'ML-Agents settings.py: TrainerSettings, NetworkSettings.MemorySettings, CompletionCriteriaSettings', url: 'https://github.com/Unity-Technologies/ml-agents/blob/develop/ml-agents/mlagents/trainers/settings.py' },
    { title: 'ML-Agents Training Configuration File', url: 'https://github.com/Unity-Technologies/ml-agents/blob/develop/docs/Training-Configuration-File.md' },
  ],
  check(ctx) {
    const file = mlAgentsFile(ctx);
    if (!file) return;
    for (const trainer of file.trainers) checkTrainer(ctx, file, trainer);
    checkCurricula(ctx, file);
  },
});

const AT_START = 'mlagents-learn structures the file into its settings classes when it starts and stops there';

function checkTrainer(ctx: RuleContext<object>, file: MlAgentsFile, trainer: Field): void {
  const child = (f: Field | undefined, name: string): Field | undefined => childNamed(file, f, name);
  const hyper = child(trainer, 'hyperparameters');
  const type = file.trainerType(trainer);
  // `default_settings`, once read, gives every behavior a trainer type (its own, or ppo).
  if (hyper && type === undefined && (trainer === file.defaults || !file.defaults)) {
    ctx.report({
      field: hyper,
      on: 'key',
      message: '`hyperparameters` are set but no `trainer_type` says which trainer they are for.',
      explanation: `${fieldName(hyper)} is read into the settings class of the block's trainer type, and ${AT_START} with TrainerConfigError ("Hyperparameters were specified but no trainer_type was given."). Add \`trainer_type: ppo\` (or sac, poca) to the block, or to \`default_settings\`.`,
    });
  }
  const typeField = child(trainer, 'trainer_type');
  if (typeField && type !== undefined && !own(ML_AGENTS_HYPERPARAMETERS, type) && own(ML_AGENTS_HYPERPARAMETERS, type.toLowerCase())) {
    // `PPO`: the built-in trainers' names are lower case; any other name may be a plugin's trainer.
    reportEnum(ctx, typeField, type, [type.toLowerCase()], 'a trainer type', `with TrainerConfigError ("Invalid trainer type ${type} was found")`);
  }
  const builtin = type !== undefined && own(ML_AGENTS_HYPERPARAMETERS, type) !== undefined;
  if (hyper && builtin) {
    for (const name of ['learning_rate_schedule', 'beta_schedule', 'epsilon_schedule']) checkEnum(ctx, child(hyper, name), ML_AGENTS_SCHEDULES, 'a schedule', 'ScheduleType');
  }
  const network = child(trainer, 'network_settings');
  checkEnum(ctx, child(network, 'vis_encode_type'), ML_AGENTS_ENCODERS, 'an encoder', 'EncoderType');
  checkEnum(ctx, child(network, 'goal_conditioning_type'), ML_AGENTS_CONDITIONING, 'a conditioning type', 'ConditioningType');
  const memory = child(network, 'memory');
  if (memory?.value.kind === 'map') checkMemory(ctx, file, memory, hyper, builtin ? type : undefined);
  const signals = child(trainer, 'reward_signals');
  const gail = child(signals, 'gail');
  if (gail?.value.kind === 'map' && !child(gail, 'demo_path')) reportNoDemo(ctx, gail, 'The GAIL reward signal');
  const cloning = child(trainer, 'behavioral_cloning');
  if (cloning?.value.kind === 'map' && !child(cloning, 'demo_path')) reportNoDemo(ctx, cloning, 'Behavioral cloning');
}

function checkMemory(ctx: RuleContext<object>, file: MlAgentsFile, memory: Field, hyper: Field | undefined, type: string | undefined): void {
  const size = childNamed(file, memory, 'memory_size');
  const sizeValue = num(size);
  if (size && sizeValue !== undefined && (sizeValue <= 0 || sizeValue % 2 !== 0)) {
    const why = sizeValue <= 0 ? 'memory size must be greater than 0' : 'memory size must be divisible by 2';
    ctx.report({
      field: size,
      message: `Memory size ${formatNumber(sizeValue)} is ${sizeValue <= 0 ? 'not positive' : 'odd'}; ML-Agents needs an even number above 0.`,
      explanation: `${fieldName(size)} is the size of the recurrent network's memory, which ML-Agents splits into two halves (the LSTM's cell and hidden state), and ${AT_START} with TrainerConfigError ("When using a recurrent network, ${why}."). Use an even size such as ${Math.max(2, Math.round(Math.abs(sizeValue) / 2) * 2)}.`,
    });
  }
  const length = childNamed(file, memory, 'sequence_length');
  const lengthValue = num(length);
  const batchField = childNamed(file, hyper, 'batch_size');
  const batch = batchField ? num(batchField) : type !== undefined ? own(ML_AGENTS_DEFAULT_BATCH, type) : undefined;
  if (length && lengthValue !== undefined && batch !== undefined && !isPlaceholder(batchField) && lengthValue > batch) {
    ctx.report({
      field: length,
      message: `Sequence length ${formatNumber(lengthValue)} is longer than the batch of ${formatNumber(batch)}.`,
      explanation: `${fieldName(length)} is how many steps of experience the recurrent network is trained on at once, and each batch ${batchField ? `(${fieldName(batchField)})` : `(the ${type} trainer's default batch_size)`} is cut into such sequences, so ${AT_START} with TrainerConfigError ("When using memory, sequence length must be less than or equal to batch size."). Shorten the sequence, or raise batch_size.`,
    });
  }
}

function checkCurricula(ctx: RuleContext<object>, file: MlAgentsFile): void {
  const parameters = file.top.find((f) => f.key.value === 'environment_parameters' && f.value.kind === 'map');
  if (!parameters) return;
  for (const parameter of file.children(parameters)) {
    const curriculum = childNamed(file, parameter, 'curriculum');
    if (curriculum?.value.kind !== 'seq') continue;
    const lessons = curriculum.value.items;
    lessons.forEach((item, index) => {
      const lesson = [...entriesOf(ctx.fields, item).values()].filter((f) => f.entry.origin === 'explicit');
      if (item.kind !== 'map' || lesson.length === 0) return;
      const criteria = lesson.find((f) => f.key.value === 'completion_criteria');
      if (!criteria && index < lessons.length - 1) {
        ctx.report({
          field: lesson[0]!,
          on: 'key',
          message: `Lesson ${index + 1} of \`${String(parameter.key.value)}\`'s curriculum has no completion_criteria, so it can never end.`,
          explanation: `Every lesson but the last must say when the next one starts, and ${AT_START} with TrainerConfigError ("A non-terminal lesson does not have a completion_criteria for ${String(parameter.key.value)}."). Add \`completion_criteria\` (\`measure\`, \`behavior\`, \`threshold\`) to the lesson, or remove the lessons after it.`,
        });
      }
      if (criteria?.value.kind !== 'map') return;
      const measure = stringValue(childNamed(file, criteria, 'measure')?.value);
      const threshold = childNamed(file, criteria, 'threshold');
      const value = num(threshold);
      if (measure === 'progress' && threshold && value !== undefined && (value < 0 || value > 1)) {
        ctx.report({
          field: threshold,
          message: `A progress threshold of ${formatNumber(value)} is outside 0 to 1.`,
          explanation: `With \`measure: progress\`, ${fieldName(threshold)} is the fraction of the behavior's \`max_steps\` after which the lesson ends, and ${AT_START} with TrainerConfigError ("Threshold for next lesson cannot be ${value > 1 ? 'greater than 1' : 'negative'} when the measure is progress."). Give a fraction such as 0.3, or use \`measure: reward\` for a reward threshold.`,
        });
      }
    });
  }
}

function checkEnum(ctx: RuleContext<object>, field: Field | undefined, allowed: readonly string[], what: string, enumName: string): void {
  const value = stringValue(field?.value);
  if (!field || value === undefined || isPlaceholder(field) || allowed.includes(value)) return;
  const closest = allowed.includes(value.toLowerCase()) ? value.toLowerCase() : didYouMean(value.toLowerCase(), allowed);
  reportEnum(ctx, field, value, closest ? [closest] : [], what, `with ValueError ("'${value}' is not a valid ${enumName}")`, allowed);
}

function reportEnum(ctx: RuleContext<object>, field: Field, value: string, fixes: readonly string[], what: string, error: string, allowed?: readonly string[]): void {
  const fix = fixes[0];
  ctx.report({
    field,
    message: `\`${value}\` is not ${what} ML-Agents has${allowed ? `; it takes ${allowed.join(', ')}` : ''}.`,
    explanation: `${fieldName(field)} must be one of the names ML-Agents defines for it, in that spelling, and ${AT_START} ${error}.${fix ? ` Write \`${fix}\`.` : allowed ? ` Choose one of ${allowed.join(', ')}.` : ''}`,
    ...(fix && field.value.kind === 'scalar' ? { suggestions: [{ description: `Write ${fix}`, edits: [replaceScalar(field.value, fix)] }] } : {}),
  });
}

function reportNoDemo(ctx: RuleContext<object>, field: Field, what: string): void {
  ctx.report({
    field,
    on: 'key',
    message: `${what} has no demo_path.`,
    explanation: `${fieldName(field)} learns from recorded demonstrations, and \`demo_path\` (a .demo file or a folder of them) is a required argument of its settings class, so ${AT_START} with a TypeError for the missing argument. Add \`demo_path\`, or remove the block.`,
  });
}
