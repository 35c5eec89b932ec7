import { describe, expect, it } from 'vitest';
import { ownArgumentReads } from '../../src/model/own-arguments.js';

describe('ownArgumentReads', () => {
  it("lists the names a script reads from its argparse namespace, and whether it names HF's argument classes", () => {
    const dstc9 = 'args.train_batch_size = args.per_gpu_train_batch_size * max(1, args.n_gpu)\nif args.fp16:\n    model, optimizer = amp.initialize(model, optimizer, opt_level=args.fp16)\nself.args.max_grad_norm\n';
    expect(ownArgumentReads(dstc9)).toEqual({ names: ['fp16', 'max_grad_norm', 'n_gpu', 'per_gpu_train_batch_size', 'train_batch_size'], keys: [], hfArguments: false });
    expect(ownArgumentReads('from transformers import HfArgumentParser, TrainingArguments\nparser = HfArgumentParser((TrainingArguments,))\n').hfArguments).toBe(true);
    expect(ownArgumentReads('from trl import SFTConfig\n').hfArguments).toBe(true);
    // `training_args.fp16` and `myargs.x` are other objects.
    expect(ownArgumentReads('training_args.fp16\nmyargs.lr\n').names).toEqual([]);
  });

  it('lists the names a script reads from the config object it loaded (Era3D: HF names in its own OmegaConf `TrainingConfig`)', () => {
    const era3d = 'cfg = OmegaConf.merge(schema, OmegaConf.load(args.config))\nopti_params = [{"params": params, "lr": cfg.learning_rate}]\noptimizer = torch.optim.AdamW(opti_params, betas=(cfg.adam_beta1, cfg.adam_beta2))\nif self.config.use_ema:\n    pass\n';
    expect(ownArgumentReads(era3d).names).toEqual(['adam_beta1', 'adam_beta2', 'config', 'learning_rate', 'use_ema']);
    expect(ownArgumentReads('model.config.hidden_size\nmy_cfg.lr\n').names).toEqual([]);
  });

  it('lists the keys a script reads from a dictionary of settings it loaded (att2: `cfg["lr"]`, litgpt_project: `train_cfg.get(…)`)', () => {
    const att2 = 'cfg = yaml.safe_load(open(cfg_path))\nif cfg.get("use_qlora", False):\n    pass\nlr = cfg["lr"]\nsection = train_cfg.get(\'optimization\', {})\nPARAMS["mode"]\n';
    expect(ownArgumentReads(att2).keys).toEqual(['lr', 'mode', 'optimization', 'use_qlora']);
    // Other dictionaries: the environment, a result, a state dict.
    expect(ownArgumentReads('os.environ.get("RANK")\nresult["loss"]\nstate_dict["weight"]\n').keys).toEqual([]);
  });
});
