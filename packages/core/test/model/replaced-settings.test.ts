import { describe, expect, it } from 'vitest';
import { replacedInNamedFiles, replacedSettings } from '../../src/model/replaced-settings.js';

const keys = (text: string): string[] => [...replacedSettings(text).keys()];

describe('replacedSettings', () => {
  it("finds a setting a script overwrites whenever it runs (i4Ds' train_steps, DKT2's l2)", () => {
    const i4ds = 'def main(config):\n    ds_config = config["dataset"]\n    with open(p) as f:\n        x = 1\n    # Calculate steps\n    config["training"]["train_steps"] = calculate_training_steps(config, train_dataset)\n    config["training"]["val_steps"] = calculate_val_steps(config)\n';
    expect(keys(i4ds)).toEqual(['training.train_steps', 'training.val_steps']);
    expect(replacedSettings(i4ds).get('training.train_steps')).toBe('config["training"]["train_steps"] = calculate_training_steps(config, train_dataset)');
    expect(keys('if __name__ == "__main__":\n    args = parser.parse_args()\n    cfg.akt_config.l2 = args.l2\n')).toEqual(['akt_config.l2']);
    expect(keys("def f(cfg, args):\n    cfg.train['lr'] = args.base_lr * 2\n")).toEqual(['train.lr']);
  });

  it('leaves conditional assignments, conversions of the old value, one-key targets and other objects alone', () => {
    expect(keys('def f(cfg, args):\n    if args.l2 is not None:\n        cfg.akt_config.l2 = args.l2\n')).toEqual([]);
    expect(keys('def f(cfg):\n    for k in ks:\n        cfg.model.dim = k\n')).toEqual([]);
    // DKT2: each model's decay is replaced only when that model runs; a comment after the colon still opens the block.
    expect(keys("def main(cfg, args):\n    if args.model_name == 'cl4kt':\n        x = 1\n    elif args.model_name == 'akt':  # akt\n        cfg.akt_config.l2 = args.l2\n")).toEqual([]);
    expect(keys('def f(cfg):\n    try:\n        x = 1\n    except E:\n        cfg.model.dim = 2\n')).toEqual([]);
    expect(keys("def f(cfg):\n    cfg.train.lr = float(cfg.train.lr)\n    cfg['train']['wd'] = float(cfg[\"train\"][\"wd\"])\n")).toEqual([]);
    expect(keys('def f(config, args):\n    config["lr"] = args.lr\n')).toEqual([]);
    // Defaults: constants, new config nodes, and anything at module level (a yacs defaults file, run before the merge).
    expect(keys('def defaults(cfg):\n    cfg.SOLVER.WEIGHT_DECAY = 0.0005\n    cfg.SOLVER.NAME = "Adam"\n    cfg.MODEL.HEAD = CN()\n    cfg.MODEL.DIMS = []\n')).toEqual([]);
    expect(keys('_C = CN()\n_C.SOLVER = CN()\n_C.SOLVER.WEIGHT_DECAY = get_default()\n')).toEqual([]);
    expect(keys('def f(self):\n    self.model.lr = 3\n    model.encoder.weight = w\n    cfg.train.lr == 3\n    cfg.train.steps += 1\n')).toEqual([]);
    // A `with` or `try` body runs with its function; a multi-line call above does not open a block.
    expect(keys('def f(cfg):\n    x = g(a,\n  b)\n    with open(p) as fh:\n        try:\n            cfg.train.epochs = len(fh.readlines())\n        finally:\n            pass\n')).toEqual(['train.epochs']);
  });

  it("finds module-level settings replaced on a config read from a file above them (iShiftML's NNI trial)", () => {
    const ishift = 'settings_path = "config.yml"\nif len(sys.argv) > 1:\n    settings_path = sys.argv[-1]\nsettings = yaml.safe_load(open(settings_path, "r"))\n\ntuned_params = nni.get_next_parameter()\nsettings["training"]["lr"] = tuned_params["lr"]\nsettings["training"]["weight_decay"] = tuned_params["weight_decay"]\n';
    expect(keys(ishift)).toEqual(['training.lr', 'training.weight_decay']);
    // Before the load, on another object, or a constant: a default, not a replacement.
    expect(keys('settings["training"]["lr"] = tuned["lr"]\nsettings = yaml.safe_load(open(p))\n')).toEqual([]);
    expect(keys('settings = yaml.safe_load(open(p))\nconfig["training"]["lr"] = tuned["lr"]\n')).toEqual([]);
    expect(keys('settings = yaml.safe_load(open(p))\nsettings["training"]["lr"] = 0.001\n')).toEqual([]);
  });

  it("finds a setting replaced on the config a module keeps on `self`, and under a test for that key's presence alone (Mask3D)", () => {
    const mask3d = 'def configure_optimizers(self):\n    optimizer = hydra.utils.instantiate(self.config.optimizer, params=self.parameters())\n    if "steps_per_epoch" in self.config.scheduler.scheduler.keys():\n        self.config.scheduler.scheduler.steps_per_epoch = len(\n            self.train_dataloader()\n        )\n';
    expect(keys(mask3d)).toEqual(['scheduler.steps_per_epoch']);
    expect(keys('def f(cfg):\n    if hasattr(cfg.train, "epochs"):\n        cfg.train.epochs = len(loader)\n')).toEqual(['train.epochs']);
    // A test for another key, or one that asks more than presence, is a condition like any other.
    expect(keys(mask3d.replace('"steps_per_epoch" in', '"epochs" in'))).toEqual([]);
    expect(keys(mask3d.replace('.keys():', '.keys() and self.auto:'))).toEqual([]);
    expect(keys('def f(cfg):\n    if "lr" not in cfg.train:\n        cfg.train.lr = base * 2\n')).toEqual([]);
    // `self` alone, or a model on it, is not a config.
    expect(keys('def f(self):\n    self.model.head.dim = len(x)\n')).toEqual([]);
  });

  it("finds keys set on HF's parsed arguments right after the parse, constants included (SPPO's `training_args.do_eval = False`)", () => {
    const sppo = 'def main():\n    parser = H4ArgumentParser((ModelArguments, DataArguments, SPPOConfig))\n    model_args, data_args, training_args = parser.parse()\n    training_args.do_eval = False\n    num_iteration = 1\n    training_args.output_dir = f"{training_args.output_dir}/iter1"\n';
    expect(keys(sppo)).toEqual(['do_eval']);
    expect(replacedSettings(sppo).get('do_eval')).toBe('training_args.do_eval = False');
    expect(keys('if __name__ == "__main__":\n    hf_parser = HfArgumentParser((A, B))\n    args, targs = hf_parser.parse_args_into_dataclasses()\n    targs.remove_unused_columns = False\n')).toEqual(['remove_unused_columns']);
  });

  it('leaves one-key assignments alone that are conditional, in another block, before the parse, or on another object', () => {
    const parse = '    a, training_args = parser.parse_args_into_dataclasses()\n';
    expect(keys(`def main():\n${parse}    if training_args.local_rank == 0:\n        training_args.do_eval = False\n`)).toEqual([]);
    expect(keys(`def main():\n    training_args.do_eval = False\n${parse}`)).toEqual([]);
    expect(keys(`def main():\n${parse}\ndef other(training_args):\n    training_args.do_eval = False\n`)).toEqual([]);
    expect(keys(`def main():\n${parse}    model.do_eval = False\n    training_args.lr = training_args.lr * 2\n`)).toEqual([]);
    // argparse's own `parse_args()` is not one of HF's dataclass parsers.
    expect(keys('def main():\n    args = parser.parse_args()\n    args.lr = 0.1\n')).toEqual([]);
  });
});

describe('replacedInNamedFiles', () => {
  /** connect-later's finetune_classification.py, shortened. */
  const CONNECT_LATER = `def main(args):
    with open("/global/homes/h/helenqu/configs/bigger_model_best_finetune_hyperparams.yml", 'r') as f:
        ft_config = yaml.safe_load(f)
    ft_config['weight_decay'] = 0.01
# a comment at the margin ends nothing
    ft_config['lp_lr'] = 1e-4 if args.lp_lr is None else args.lp_lr # for masked pretraining
    # ft_config['ft_lr'] = 1e-5
    if args.mask:
        ft_config['classifier_dropout'] = 0.3
    ft_config['ft_epochs'] = float(ft_config['ft_epochs'])
    train(args, ft_config)
`;

  it('takes the keys set right after the named file is loaded, constants too (connect-later)', () => {
    expect(replacedInNamedFiles(CONNECT_LATER)).toEqual([
      { file: 'configs/bigger_model_best_finetune_hyperparams.yml', key: 'weight_decay', assignment: "ft_config['weight_decay'] = 0.01" },
      { file: 'configs/bigger_model_best_finetune_hyperparams.yml', key: 'lp_lr', assignment: "ft_config['lp_lr'] = 1e-4 if args.lp_lr is None else args.lp_lr" },
    ]);
  });

  it('takes a load on the open line, and a key set inside the with block', () => {
    expect(replacedInNamedFiles("def f():\n    cfg = yaml.load(open('config_ft.yaml'), Loader=yaml.FullLoader)\n    cfg['lr'] = args.lr\n").map((r) => `${r.file}:${r.key}`)).toEqual(['config_ft.yaml:lr']);
    expect(replacedInNamedFiles('def f():\n    with open(f"{root}/cfg/train.json") as fh:\n        cfg = json.load(fh)\n        cfg["epochs"] = n\n').map((r) => `${r.file}:${r.key}`)).toEqual(['cfg/train.json:epochs']);
  });

  it('takes OmegaConf.load of a written path and a key set as an attribute, not one worked out from the config', () => {
    const omega = 'def main(args):\n    cfg = OmegaConf.load("configs/train.yaml")\n    cfg.lr = args.lr\n    cfg.epochs = int(cfg.epochs)\n    cfg["seed"] = 0\n';
    expect(replacedInNamedFiles(omega).map((r) => `${r.file}:${r.key}=${r.assignment}`)).toEqual(['configs/train.yaml:lr=cfg.lr = args.lr', "configs/train.yaml:seed=cfg['seed'] = 0"]);
  });

  it('takes nothing from a path held in a variable, another dict, a rebound name or a later block', () => {
    expect(replacedInNamedFiles('def f(path):\n    with open(path) as f:\n        cfg = yaml.safe_load(f)\n    cfg["lr"] = 1\n')).toEqual([]);
    expect(replacedInNamedFiles('def f():\n    with open("a.yml") as f:\n        cfg = yaml.safe_load(f)\n    other["lr"] = 1\n    cfg = dict(cfg)\n    cfg["lr"] = 1\n')).toEqual([]);
    expect(replacedInNamedFiles('def f():\n    with open("a.yml") as f:\n        cfg = yaml.safe_load(f)\n\ndef g(cfg):\n    cfg["lr"] = 1\n')).toEqual([]);
  });

  it('reads a long line with an unclosed path in linear time', () => {
    const start = performance.now();
    replacedInNamedFiles(`x = open("${'a/'.repeat(50_000)}\ncfg = yaml.load(f)\n`.repeat(20));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
