import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'deepspeed-fsdp-exclusive';
const AXOLOTL = 'base_model: m\nmicro_batch_size: 1\nsequence_len: 2048\ngradient_accumulation_steps: 8\n';

describe(RULE, () => {
  it('flags deepspeed together with fsdp', () => {
    const d = findings(RULE, AXOLOTL + 'deepspeed: deepspeed_configs/zero3.json\nfsdp:\n  - full_shard\n  - auto_wrap\n');
    expect(positions(d)).toEqual(['6:1']);
    expect(d[0]!.message).toBe('deepspeed and fsdp cannot be used together.');
  });

  it('stays quiet with one of them, or an empty fsdp list', () => {
    expect(findings(RULE, AXOLOTL + 'deepspeed: deepspeed_configs/zero3.json\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'fsdp:\n  - full_shard\nfsdp_config:\n  fsdp_version: 2\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'deepspeed: deepspeed_configs/zero3.json\nfsdp: []\n')).toEqual([]);
  });
});
