import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'bf16-needs-ampere';

describe(RULE, () => {
  it('flags bf16 when a comment names a T4 (R1)', () => {
    const d = findings(RULE, 'training:\n  learning_rate: 2.0e-4\n  bf16: true                             # Use bfloat16 on T4\n  load_best_model_at_end: true\n');
    expect(positions(d)).toEqual(['3:9']);
    expect(d[0]!.message).toBe('bfloat16 needs an Ampere or newer GPU, but a comment names the T4.');
  });

  it('flags Lightning bf16-mixed and tf32 (TOML comments)', () => {
    expect(findings(RULE, '# trained on 8x V100\ntrainer:\n  precision: bf16-mixed\n')).toHaveLength(1);
    expect(findings(RULE, '# Colab T4\ntf32 = true\nper_device_train_batch_size = 4\n', 'toml')[0]!.message).toBe('TF32 needs an Ampere or newer GPU, but a comment names the T4.');
  });

  it('stays quiet without a GPU comment, with a newer GPU named too, or with bf16 off', () => {
    expect(findings(RULE, 'bf16: true\n')).toEqual([]);
    expect(findings(RULE, '# tested on V100 (fp16) and A100 (bf16)\nbf16: true\n')).toEqual([]);
    expect(findings(RULE, 'bf16: false  # T4 has no bf16\nfp16: true\n')).toEqual([]);
    expect(findings(RULE, 'bf16: true  # set fp16 instead on V100 or T4\n')).toEqual([]);
    expect(findings(RULE, '# if you train on a T4, turn bf16 off\nbf16: true\n')).toEqual([]);
  });

  it('reads a comment inside a block as about that block: an old GPU\'s profile says nothing of its sibling\'s bf16', () => {
    // waalwang/moe_training's hardware profiles: the TITAN RTX one runs fp16, the cloud ones bf16.
    const profiles = 'profiles:\n  local:\n    # TITAN RTX 24GB, eval only\n    bf16: false\n    fp16: true\n  cloud:\n    # 96GB workstation card\n    bf16: true\n';
    expect(findings(RULE, profiles)).toEqual([]);
    expect(positions(findings(RULE, profiles.replace('bf16: false\n    fp16: true', 'bf16: true')))).toEqual(['4:11']);
    // A comment outside every block still speaks for the whole file.
    expect(positions(findings(RULE, '# trained on a TITAN RTX\nprofiles:\n  cloud:\n    bf16: true\n'))).toEqual(['4:11']);
    expect(findings(RULE, 'cloud:\n  # RTX PRO 6000, then the T4 box\n  bf16: true\n')).toEqual([]);
  });
});
