import { describe, expect, it } from 'vitest';
import { findings } from '../helpers.js';

/** ML-Agents' own config/imitation/CrawlerStaticSAC.yaml, abridged, with a recurrent memory added. */
const SAC = 'behaviors:\n  CrawlerStatic:\n    trainer_type: sac\n    hyperparameters:\n      learning_rate: 0.0003\n      learning_rate_schedule: constant\n' +
  '      batch_size: 256\n    network_settings:\n      normalize: true\n      vis_encode_type: simple\n      memory:\n        sequence_length: 64\n        memory_size: 128\n' +
  '    reward_signals:\n      gail:\n        strength: 1.0\n        demo_path: Demos/Expert.demo\n    max_steps: 3000000\n    time_horizon: 1000\n    summary_freq: 30000\n';
const rule = 'ml-agents-trainer-settings';
const messages = (text: string): string[] => findings(rule, text).map((d) => d.message);

describe('ml-agents-trainer-settings', () => {
  it('stays quiet on a file of ML-Agents\' own, a plugin trainer\'s own schedule, and the layout before release 10', () => {
    expect(findings(rule, SAC)).toEqual([]);
    expect(findings(rule, SAC.replace('trainer_type: sac', 'trainer_type: ase').replace('schedule: constant', 'schedule: cosine'))).toEqual([]);
    expect(findings(rule, 'default:\n  trainer: ppo\n  batch_size: 32\n  sequence_length: 64\n  memory_size: 127\n  time_horizon: 64\n  summary_freq: 10000\n  use_recurrent: true\n')).toEqual([]);
  });

  it('reports a schedule, an encoder and a conditioning type ML-Agents does not have, with the closest one', () => {
    const d = findings(rule, SAC.replace('schedule: constant', 'schedule: cosine').replace('vis_encode_type: simple', 'vis_encode_type: Resnet'));
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([
      [6, 31, '`cosine` is not a schedule ML-Agents has; it takes constant, linear.'],
      [10, 24, '`Resnet` is not an encoder ML-Agents has; it takes simple, nature_cnn, resnet, match3, fully_connected.'],
    ]);
    expect(d[0]!.explanation).toContain('ValueError ("\'cosine\' is not a valid ScheduleType")');
    expect(d[1]!.suggestions?.[0]?.edits[0]?.text).toBe('resnet');
    expect(messages(SAC.replace('      normalize: true\n', '      goal_conditioning_type: film\n'))).toEqual(['`film` is not a conditioning type ML-Agents has; it takes hyper, none.']);
  });

  it('reports a memory of odd or no size, and a sequence longer than the batch, the trainer\'s default batch included', () => {
    expect(messages(SAC.replace('memory_size: 128', 'memory_size: 127'))).toEqual(['Memory size 127 is odd; ML-Agents needs an even number above 0.']);
    expect(messages(SAC.replace('memory_size: 128', 'memory_size: 0'))).toEqual(['Memory size 0 is not positive; ML-Agents needs an even number above 0.']);
    expect(messages(SAC.replace('sequence_length: 64', 'sequence_length: 512'))).toEqual(['Sequence length 512 is longer than the batch of 256.']);
    // Without batch_size, SAC's default batch is 128.
    expect(messages(SAC.replace('      batch_size: 256\n', '').replace('sequence_length: 64', 'sequence_length: 200'))).toEqual(['Sequence length 200 is longer than the batch of 128.']);
  });

  it('reports hyperparameters without a trainer type, unless default_settings gives one, and a built-in type in capitals', () => {
    expect(messages(SAC.replace('    trainer_type: sac\n', ''))).toEqual(['`hyperparameters` are set but no `trainer_type` says which trainer they are for.']);
    expect(messages(`default_settings:\n  trainer_type: sac\n${SAC.replace('    trainer_type: sac\n', '')}`)).toEqual([]);
    const upper = findings(rule, SAC.replace('trainer_type: sac', 'trainer_type: SAC'));
    expect(upper.map((x) => x.message)).toEqual(['`SAC` is not a trainer type ML-Agents has.']);
    expect(upper[0]!.suggestions?.[0]?.edits[0]?.text).toBe('sac');
  });

  it('reports GAIL and behavioral cloning without demo_path', () => {
    const text = SAC.replace('        demo_path: Demos/Expert.demo\n', '') + '    behavioral_cloning:\n      strength: 0.5\n';
    expect(findings(rule, text).map((x) => [x.line, x.message])).toEqual([
      [15, 'The GAIL reward signal has no demo_path.'],
      [20, 'Behavioral cloning has no demo_path.'],
    ]);
  });

  it('reports a lesson that cannot end and a progress threshold outside 0 to 1', () => {
    const curriculum = 'environment_parameters:\n  wall:\n    curriculum:\n      - name: L0\n        value: 1.0\n      - name: L1\n' +
      '        completion_criteria:\n          measure: progress\n          behavior: CrawlerStatic\n          threshold: 1.5\n        value: 2.0\n      - name: L2\n        value: 3.0\n';
    expect(findings(rule, SAC + curriculum).map((x) => [x.line, x.column, x.message])).toEqual([
      [24, 9, 'Lesson 1 of `wall`\'s curriculum has no completion_criteria, so it can never end.'],
      [30, 22, 'A progress threshold of 1.5 is outside 0 to 1.'],
    ]);
    // The last lesson needs no completion criteria; a reward threshold may be any number.
    expect(findings(rule, SAC + curriculum.replace('      - name: L0\n        value: 1.0\n', '').replace('progress', 'reward'))).toEqual([]);
  });
});
