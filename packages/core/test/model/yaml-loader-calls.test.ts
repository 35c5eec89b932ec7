import { describe, expect, it } from 'vitest';
import { ALL_VALUES } from '../../src/loader/apply-loader.js';
import { yamlLoaderCalls } from '../../src/model/yaml-loader-calls.js';

const loaders = (text: string) => {
  const { omegaconf, other } = yamlLoaderCalls(text);
  return { omegaconf, other };
};

describe('yamlLoaderCalls', () => {
  it('finds OmegaConf.load, the way Kaggle solutions and diffusion trainers read their config', () => {
    expect(loaders('from omegaconf import OmegaConf\ncfg = OmegaConf.load(args.config)\ncfg.merge_with_dotlist(rest)\n')).toEqual({ omegaconf: true, other: false });
    expect(loaders('config = OmegaConf.merge(OmegaConf.load("global.yaml"), OmegaConf.load(path))\n')).toEqual({ omegaconf: true, other: false });
  });

  it('finds OmegaConf.load under an alias (MosaicML\'s `from omegaconf import OmegaConf as om`, then `om.load(f)`)', () => {
    expect(loaders('from omegaconf import DictConfig\nfrom omegaconf import OmegaConf as om\nwith open(p) as f:\n    yaml_cfg = om.load(f)\n')).toEqual({ omegaconf: true, other: false });
    expect(loaders('from omegaconf import DictConfig, OmegaConf as oc\ncfg = oc.load(path)\n').omegaconf).toBe(true);
    // The alias without a load, or another module's load, is no reader.
    expect(loaders('from omegaconf import OmegaConf as om\nprint(om.to_yaml(cfg))\nx = json.load(f)\n').omegaconf).toBe(false);
    expect(loaders('from omegaconf import OmegaConf as om\nx = bom.load(f)\n').omegaconf).toBe(false);
  });

  it('finds PyYAML, ruamel.yaml and mmcv/mmengine readers, also beside OmegaConf', () => {
    expect(loaders('import yaml\nwith open(p) as f:\n    cfg = yaml.safe_load(f)\n').other).toBe(true);
    expect(loaders('cfg = yaml.load(open(p), Loader=yaml.FullLoader)\n').other).toBe(true);
    expect(loaders('cfg = OmegaConf.create(yaml.load(f, Loader=yaml.FullLoader))\n')).toEqual({ omegaconf: false, other: true });
    expect(loaders('from yaml import safe_load\n').other).toBe(true);
    expect(loaders('from ruamel.yaml import YAML\n').other).toBe(true);
    expect(loaders('from mmengine.config import Config\ncfg = Config.fromfile(args.config)\n').other).toBe(true);
  });

  it('tells PyYAML from the other readers, and lists the config libraries a script imports', () => {
    expect(yamlLoaderCalls('import yaml\ncfg = yaml.safe_load(open(p))\n')).toMatchObject({ pyyaml: true, other: true, imports: [] });
    expect(yamlLoaderCalls('from yaml import safe_load\n').pyyaml).toBe(true);
    expect(yamlLoaderCalls('from ruamel.yaml import YAML\n')).toMatchObject({ pyyaml: false, other: true, imports: ['ruamel'] });
    // ruamel's `YAML()` object reads YAML 1.2 (pomdp-baselines); its old functions are another reader.
    expect(yamlLoaderCalls('from ruamel.yaml import YAML\nyaml = YAML()\nv = yaml.load(open(FLAGS.cfg))\n')).toMatchObject({ ruamel: true, other: false, pyyaml: false });
    expect(yamlLoaderCalls('import ruamel.yaml\ncfg = ruamel.yaml.YAML(typ="safe").load(f)\n')).toMatchObject({ ruamel: true, other: false });
    // Its old PyYAML-style functions read YAML 1.2 as well, unless told `version=(1, 1)` (ruamel's API notes: the
    // version argument was there "to allow downgrading to YAML 1.1"): MTTR, recognize-anything, BLIP's descendants.
    expect(yamlLoaderCalls('import ruamel.yaml\ncfg = ruamel.yaml.load(f, Loader=ruamel.yaml.Loader)\n')).toMatchObject({ ruamel: true, other: false, pyyaml: false });
    expect(yamlLoaderCalls('import ruamel.yaml\nwith open(p) as f:\n    config = ruamel.yaml.safe_load(f)\n')).toMatchObject({ ruamel: true, other: false, pyyaml: false });
    expect(yamlLoaderCalls("import ruamel.yaml as yaml\nconfig = yaml.load(open(args.config, 'r'), Loader=yaml.Loader)\n")).toMatchObject({ ruamel: true, other: false, pyyaml: false });
    // Readers built on ruamel: sconf's `Config` (lffont) and DVC's `params_show()` (abodybuilder3's `params.yaml`).
    expect(yamlLoaderCalls('from sconf import Config\ncfg = Config(args.config, default="cfgs/defaults.yaml")\n')).toMatchObject({ ruamel: true, other: false });
    expect(yamlLoaderCalls('import dvc.api\nconfig = dvc.api.params_show()\n')).toMatchObject({ ruamel: true, other: false, pyyaml: false });
    expect(yamlLoaderCalls('from dvc.api import params_show\nparams = params_show()\n')).toMatchObject({ ruamel: true, other: false });
    expect(yamlLoaderCalls('import dvc.api\nwith dvc.api.open("params.yaml") as f:\n    params = yaml.safe_load(f)\n')).toMatchObject({ ruamel: false, pyyaml: true });
    // OpenGSL's `load_conf` reads with ruamel's `safe_load` (RGNN's `lr: 1e-2`).
    expect(yamlLoaderCalls('import opengsl\nconf = opengsl.config.load_conf(path=config_path)\n')).toMatchObject({ ruamel: true, other: false });
    expect(yamlLoaderCalls('from opengsl.config import load_conf\nconf = load_conf(method="gcn", dataset="cora")\n')).toMatchObject({ ruamel: true, other: false });
    expect(yamlLoaderCalls('def load_conf(path):\n    return yaml.safe_load(open(path))\n')).toMatchObject({ ruamel: false, pyyaml: true });
    expect(yamlLoaderCalls('import ruamel_yaml as yaml\nconfig = yaml.load(open(path), Loader=yaml.Loader)\n')).toMatchObject({ ruamel: true, other: false, pyyaml: false });
    expect(yamlLoaderCalls('import ruamel.yaml\ncfg = ruamel.yaml.safe_load(f, version=(1, 1))\n')).toMatchObject({ ruamel: false, other: true });
    // The same functions imported by name and called bare (FR-UNet's `from ruamel.yaml import safe_load`).
    expect(yamlLoaderCalls('from ruamel.yaml import safe_load\nwith open("config.yaml") as f:\n    CFG = Bunch(safe_load(f))\n')).toMatchObject({ ruamel: true, other: false, pyyaml: false });
    expect(yamlLoaderCalls('from ruamel.yaml import (dump, load as ruamel_load)\ncfg = ruamel_load(f, Loader=Loader)\n')).toMatchObject({ ruamel: true, other: false });
    // Imported and never called, or called with version 1.1: not known to read 1.2.
    expect(yamlLoaderCalls('from ruamel.yaml import safe_load\nprint(1)\n')).toMatchObject({ ruamel: false, other: true });
    expect(yamlLoaderCalls('from ruamel.yaml import safe_load\ncfg = safe_load(f, version="1.1")\n')).toMatchObject({ ruamel: false, other: true });
    // A `YAML()` that only writes the run's record (Multiple Physics Pretraining's `yaml.dump(hparams, hpfile)`) reads nothing.
    expect(yamlLoaderCalls('import yaml\nfrom ruamel.yaml import YAML\nYAML().dump(cfg, out)\ncfg = yaml.safe_load(f)\n')).toMatchObject({ ruamel: false, other: true, pyyaml: true });
    // A script that only writes with ruamel (multimodal-supernovae's `YAML().dump(cfg_pre, f)`) reads nothing with it; one
    // that imports ruamel and is not seen using it, or that loads through something else, may read with it.
    expect(yamlLoaderCalls('from ruamel.yaml import YAML\nyaml = YAML()\nwith open(p, "w") as f:\n    yaml.dump(hparams, f)\n')).toMatchObject({ ruamel: false, other: false });
    expect(yamlLoaderCalls('from ruamel.yaml import YAML\nstate = torch.load(ckpt)\nYAML().dump(cfg_pre, f)\n')).toMatchObject({ ruamel: false, other: false });
    expect(yamlLoaderCalls('import ruamel.yaml\nprint(ruamel.yaml.__version__)\n')).toMatchObject({ ruamel: false, other: true });
    expect(yamlLoaderCalls('from ruamel.yaml import YAML\ny = YAML()\ncfg = read_config(y, path, loader=y.load)\n')).toMatchObject({ other: true });
    // Donut's train.py reads its config with sconf (ruamel.yaml inside); a yacs project imports yacs.
    expect(yamlLoaderCalls('from sconf import Config\nconfig = Config(args.config)\n').imports).toEqual(['sconf']);
    expect(yamlLoaderCalls('import torch\nfrom yacs.config import CfgNode as CN\nimport hydra\n# import mmcv\n').imports).toEqual(['hydra', 'yacs']);
    // detectron2's `get_cfg()` and a vendored yacs are yacs's reading too, by their merge.
    expect(yamlLoaderCalls('from detectron2.config import get_cfg\ncfg = get_cfg()\ncfg.merge_from_file(args.config_file)\n').imports).toEqual(['yacs']);
    expect(yamlLoaderCalls('from .yacs import CfgNode as CN\ncfg.merge_from_other_cfg(CN.load_cfg(f))\n').imports).toEqual(['yacs']);
    expect(yamlLoaderCalls('stats = yaml.safe_load(open("stats.yaml"))\n').pyyaml).toBe(false);
  });

  it('does not count PyYAML parsing a command-line value (vilmedic: `key=value` overrides merged into OmegaConf)', () => {
    expect(loaders('for key, value in pairs:\n    value = yaml.unsafe_load(value)\n    OmegaConf.update(conf, key, value)\nconfig = OmegaConf.load(args.config)\n')).toEqual({ omegaconf: true, other: false });
  });

  it('does not count PyYAML reading a record the program wrote (gloria: `best_ckpt_dict = yaml.safe_load(file)`)', () => {
    const gloria = 'cfg = OmegaConf.load(args.config)\nif os.path.exists(ckpt_paths):\n    with open(ckpt_paths) as file:\n        best_ckpt_dict = yaml.safe_load(file)\n';
    expect(loaders(gloria)).toEqual({ omegaconf: true, other: false });
    expect(loaders('stats = yaml.safe_load(open("dataset_stats.yaml"))\nlabel_map = yaml.load(f, Loader=yaml.FullLoader)\n').other).toBe(false);
    // A config, under any other name, is still a read.
    expect(loaders('cfg = OmegaConf.load(p)\nopt = yaml.safe_load(f)\n')).toEqual({ omegaconf: true, other: true });
    expect(loaders('cfg = OmegaConf.load(p)\nmeta_cfg = yaml.safe_load(f)\n').other).toBe(true); // a meta-learning config
    expect(loaders('def load(p):\n    return yaml.safe_load(open(p))\n').other).toBe(true);
  });

  it('does not count PyYAML reading back the config the script saved with OmegaConf.save (starVLA writes it out as JSON)', () => {
    const starVla =
      'cfg = OmegaConf.load(args.config_yaml)\n' +
      'OmegaConf.save(cfg, output_dir / "config.yaml")\n' +
      'with open(output_dir / "config.yaml", "r") as f_yaml, open(output_dir / "config.json", "w") as f_json:\n' +
      '    yaml_cfg = yaml.safe_load(f_yaml)\n' +
      '    json.dump(yaml_cfg, f_json, indent=2)\n';
    expect(loaders(starVla)).toEqual({ omegaconf: true, other: false });
    expect(loaders('OmegaConf.save(config=cfg, f=saved)\nf = open(saved)\nd = yaml.safe_load(f)\n').other).toBe(false);
    // Another file opened under that handle, or the handle opened from another path, is a config read.
    expect(loaders(starVla.replace('yaml.safe_load(f_yaml)', 'yaml.safe_load(f_json)')).other).toBe(true);
    expect(loaders(starVla.replace('with open(output_dir / "config.yaml", "r")', 'with open(args.config_yaml, "r")')).other).toBe(true);
    expect(loaders('OmegaConf.save(cfg, out)\nwith open(args.config) as f:\n    c = yaml.safe_load(f)\n').other).toBe(true);
    // The same handle name opened again, on the user's file, before the call.
    expect(loaders('OmegaConf.save(cfg, out)\nwith open(out) as f:\n    print(f.read())\nwith open(args.config) as f:\n    c = yaml.safe_load(f)\n').other).toBe(true);
  });

  it('names the config keys a launcher passes on the command line of the program it starts (an OpenVLA fork\'s run_lora.py)', () => {
    const runLora =
      'cfg = yaml.safe_load(open(args.config, "r", encoding="utf-8"))\n' +
      'lr          = cfg.get("learning_rate", 5e-4)\n' +
      'cmd = ["torchrun", "vla-scripts/finetune.py",\n' +
      '    "--lora_rank", str(lora_rank),\n' +
      '    "--learning_rate", as_str(lr),\n' +
      '    "--weight-decay", str(cfg["optim"]["wd"]),\n' +
      ']\n' +
      'subprocess.run(cmd, check=True)\n';
    expect(yamlLoaderCalls(runLora).floatKeys).toEqual(expect.arrayContaining(['learning_rate', 'weight_decay', 'wd', 'lora_rank']));
    expect(yamlLoaderCalls('import os\nlr = cfg["train"]["base_lr"]\nos.system(f"python train.py --lr={lr} --eps {cfg.get(\'eps\')}")\n').floatKeys).toEqual(expect.arrayContaining(['lr', 'base_lr', 'eps']));
    // Every entry of a mapping formatted as a flag: every key, at any depth.
    expect(yamlLoaderCalls('params = yaml.safe_load(f)["params"]\nargs = []\nfor k, v in params.items():\n    args.append(f"--{k}={v}")\nsubprocess.Popen(["python", "train.py", *args])\n').floatKeys).toEqual([ALL_VALUES]);
    // ms-pred's launcher: the loop hands each key to a helper of the script that formats it as a flag.
    const msPred = 'import subprocess\nimport yaml\n\ndef build(arg_dict):\n    all_flags = []\n    for arg_name, arg_value in arg_dict.items():\n        if arg_name == "_model":\n            all_flags.insert(0, arg_value)\n        else:\n            all_flags.append(convert_flag(arg_name, arg_value))\n    return " ".join(all_flags)\n\ndef convert_flag(flag_key, flag_value):\n    if isinstance(flag_value, list):\n        return f"--{flag_key} {\' \'.join(str(i) for i in flag_value)}"\n    return f"--{flag_key} {flag_value}"\n\nargs = yaml.safe_load(open(path))\nsubprocess.call(build(args), shell=True)\n';
    expect(yamlLoaderCalls(msPred).floatKeys).toEqual([ALL_VALUES]);
    // Many loops handing keys to helpers: each definition is read once (reading it per loop took seconds).
    const many = `import subprocess\nsubprocess.run(x)\n--\n${'for k, v in d.items():\n    out.append(conv(k, v))\n'.repeat(5000)}def conv(a, b):\n    return str(a)\n`;
    const started = performance.now();
    expect(yamlLoaderCalls(many).floatKeys).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
    // A helper that formats something else, or none at all: not every value.
    expect(yamlLoaderCalls(msPred.replace('f"--{flag_key} {flag_value}"', 'str(flag_value)').replace(/f"--\{flag_key\} \{[^\n]*\n/, 'str(flag_value)\n')).floatKeys).toEqual([]);
    // Flags that start nothing: a script's own argparse options, or a list never run.
    expect(yamlLoaderCalls('parser.add_argument("--lr", type=str)\ncfg = yaml.safe_load(f)\n').floatKeys).toEqual([]);
    expect(yamlLoaderCalls('cfg = yaml.safe_load(f)\ncmd = ["--lr", str(cfg["lr"])]\nprint(" ".join(cmd))\n').floatKeys).toEqual([]);
  });

  it('ignores commented-out calls, writers and scripts that mention neither', () => {
    expect(loaders('cfg = OmegaConf.load(p)\n# cfg = yaml.safe_load(open(p))\n')).toEqual({ omegaconf: true, other: false });
    expect(loaders('import yaml\nyaml.safe_dump(cfg, f)\n')).toEqual({ omegaconf: false, other: false });
    expect(yamlLoaderCalls('import torch\nmodel = torch.nn.Linear(2, 2)\n')).toEqual({ omegaconf: false, typed: false, ruamel: false, other: false, pyyaml: false, floatResolver: false, jsonargparse: false, yacs: false, yacsMerge: false, yacsKeys: [], graphgym: false, imports: [], floatKeys: [], convertsByFieldType: false, dataclassFloatFields: [] });
  });

  it('names the config keys a script converts with eval() or literal_eval(), and not a model\'s eval()', () => {
    expect(yamlLoaderCalls("weight_decay = eval(self.config['optim']['weight_decay'])\nmodel.eval()\n").floatKeys).toEqual(['weight_decay']);
    expect(yamlLoaderCalls('import ast\nlr = ast.literal_eval(cfg["lr"])\nself.model.eval(x["y"])\n').floatKeys).toEqual(['lr']);
  });

  it('names the config keys a script passes through float() (CAN: `eps=float(params["eps"])`)', () => {
    expect(yamlLoaderCalls("opt = getattr(torch.optim, params['optimizer'])(model.parameters(), lr=float(params['lr']), eps=float(params['eps']), weight_decay=float(params['weight_decay']))\n").floatKeys).toEqual(['lr', 'eps', 'weight_decay']);
    expect(yamlLoaderCalls('lr = float(cfg.optim.lr)\nwd = float(config.get("weight_decay", 0.0))\nm = float(self.config["train"]["min_lr"])\n').floatKeys).toEqual(['lr', 'weight_decay', 'min_lr']);
    // A literal, a bare variable or a call's result names no key.
    expect(yamlLoaderCalls("a = float('inf')\nb = float(x)\nc = float(len(y))\nd = float(x.item())\n").floatKeys).toEqual([]);
    // EdgeConnect and the inpainting projects built on it wrap the argument in parentheses of its own.
    expect(yamlLoaderCalls('max_iteration = int(float((self.config.MAX_ITERS)))\n').floatKeys).toEqual(['MAX_ITERS']);
    expect(yamlLoaderCalls('n = float((len(y)))\n').floatKeys).toEqual([]);
  });

  it('names the lists whose items a script passes through float() (tmnt: `low = float(p["range"][0])`)', () => {
    expect(yamlLoaderCalls("low = float(p['range'][0])\nupp = float(p['range'][1])\nb = float(cfg.betas[ 1 ])\n").floatKeys).toEqual(['range[]', 'betas[]']);
    // An item taken by a computed index, or a list with no key, names nothing.
    expect(yamlLoaderCalls('a = float(p["range"][i])\nb = float(x[0])\n').floatKeys).toEqual([]);
  });

  it('names a parameter converted in place, which receives the config entry of its name (USRegistrator: `smooth_nr = float(smooth_nr)`)', () => {
    const code = 'def create_lncc(kernel_size=None, smooth_nr: float = 0.0, smooth_dr: float = 1e-5, **_):\n    # YAML may load as string\n    smooth_nr = float(smooth_nr)\n    smooth_dr = float( smooth_dr )\n    lr = ast.literal_eval(lr)\n    ratio = float(ratio_text)\n';
    expect(yamlLoaderCalls(code).floatKeys).toEqual(['smooth_nr', 'smooth_dr', 'lr']);
    // Kept on the object under its own name, in an `__init__` handed the config's entries.
    expect(yamlLoaderCalls('class Trainer:\n    def __init__(self, lr, weight_decay, **kw):\n        self.weight_decay = float(weight_decay)\n        self.lr = float(self.base)\n').floatKeys).toEqual(['base', 'weight_decay']);
  });

  it('names the config key behind an attribute with a trailing underscore (mLoRA: `self.lr_ = float(self.lr_)`)', () => {
    expect(yamlLoaderCalls('self.lr_ = float(self.lr_)\n').floatKeys).toEqual(['lr_', 'lr']);
    expect(yamlLoaderCalls('x = float(cfg["lr_"])\ny = float(self._)\n').floatKeys).toEqual(['lr_', '_']);
  });

  it('names the float fields of pydantic models, which convert PyYAML\'s "1e-2" (literate-enigma)', () => {
    const model = 'import yaml\nfrom pydantic import BaseModel\n\nclass TrainingConfig(BaseModel):\n    batch_size: int\n    learning_rate: float\n    eps: Optional[float] = None\n    betas: Tuple[float, float]\n\n    @staticmethod\n    def load(p):\n        return TrainingConfig(**yaml.safe_load(open(p)))\n\nclass Plain:\n    momentum: float\n';
    expect(yamlLoaderCalls(model).floatKeys).toEqual(['learning_rate', 'eps']);
    expect(yamlLoaderCalls('from pydantic_settings import BaseSettings\nclass S(BaseSettings):\n    lr: PositiveFloat = 1e-3\n').floatKeys).toEqual(['lr']);
    // A dataclass converts nothing, and without pydantic a BaseModel is someone else's.
    expect(yamlLoaderCalls('from dataclasses import dataclass\n@dataclass\nclass C:\n    lr: float = 1e-3\n').floatKeys).toEqual([]);
    expect(yamlLoaderCalls('class C(BaseModel):\n    lr: float\n').floatKeys).toEqual([]);
    // A model on the project's own base class, told by pydantic's `Field` (Aleph Alpha's scaling `LayerNormConfig`).
    const scaling = 'from pydantic import Field\n\nfrom scaling.core.config import BaseConfig\n\n\nclass LayerNormConfig(BaseConfig):\n    optimization_type: str = Field("torch")\n\n    layernorm_epsilon: float = Field(1.0e-5, description="")\n\n\nclass Plain:\n    momentum: float\n';
    expect(yamlLoaderCalls(scaling).floatKeys).toEqual(['layernorm_epsilon']);
    // Without pydantic's Field in the class, or without it imported from pydantic, nothing is said.
    expect(yamlLoaderCalls(scaling.replace('from pydantic import Field', 'from dataclasses import field as Field')).floatKeys).toEqual([]);
    expect(yamlLoaderCalls('from pydantic import Field\nclass C(Base):\n    lr: float = 1e-3\n').floatKeys).toEqual([]);
  });

  it('sees a loop that converts each value by its dataclass field\'s type, and names the float fields of dataclasses (reinforce_minigrid)', () => {
    const loader = 'import dataclasses\nimport yaml\n\ndef to_dataclass(cls, data):\n    field_types = {f.name: f.type for f in dataclasses.fields(cls)}\n    out = {}\n    for key, value in data.items():\n        field_type = field_types[key]\n        if not isinstance(value, field_type):\n            out[key] = field_type(value)\n    return cls(**out)\n';
    expect(yamlLoaderCalls(loader).convertsByFieldType).toBe(true);
    expect(yamlLoaderCalls('from dataclasses import fields\nfor f in fields(C):\n    setattr(c, f.name, f.type(raw[f.name]))\n').convertsByFieldType).toBe(true);
    // The builtin `type(x)` converts nothing, and a field's type read without dataclasses is someone else's.
    expect(yamlLoaderCalls('import dataclasses\nnames = [f.name for f in dataclasses.fields(C)]\nprint(type(value))\n').convertsByFieldType).toBe(false);
    expect(yamlLoaderCalls('x = field_type(value)\n').convertsByFieldType).toBe(false);
    const declared = 'from dataclasses import dataclass, field\n\n@dataclass\nclass PPO:\n    learning_rate: float = 3e-4\n    lam: float = field(default=0.95)\n    epochs: int = 4\n    eps: Optional[float] = None\n\n@dataclass(frozen=True)\nclass Env:\n    seed: int = 42\n    gamma: float = 0.99\n\nclass Plain:\n    momentum: float\n';
    expect(yamlLoaderCalls(declared).dataclassFloatFields).toEqual(['learning_rate', 'lam', 'eps', 'gamma']);
    // Declaring dataclasses converts nothing by itself.
    expect(yamlLoaderCalls(declared).floatKeys).toEqual([]);
  });

  it('sees OmegaConf given a dataclass of the script as the schema, which converts each merged value to its field\'s type (CrystaLLM)', () => {
    const crystallm = 'from dataclasses import dataclass\nfrom crystallm import parse_config\nfrom omegaconf import OmegaConf\n\n\n@dataclass\nclass OptionDefaults:\n    learning_rate: float = 6e-4\n    min_lr: float = 6e-5\n    max_iters: int = 5000\n\n\nif __name__ == "__main__":\n    C = parse_config(OptionDefaults)\n    print(OmegaConf.to_yaml(C))\n';
    expect(yamlLoaderCalls(crystallm).convertsByFieldType).toBe(true);
    expect(yamlLoaderCalls(crystallm).dataclassFloatFields).toEqual(['learning_rate', 'min_lr']);
    expect(yamlLoaderCalls('from omegaconf import OmegaConf\nschema = OmegaConf.structured(TrainConfig)\n').convertsByFieldType).toBe(true);
    // An instance of the class is not the schema, and without OmegaConf a helper handed the class may do anything.
    expect(yamlLoaderCalls(crystallm.replace('parse_config(OptionDefaults)', 'parse_config(OptionDefaults())')).convertsByFieldType).toBe(false);
    expect(yamlLoaderCalls(crystallm.replace('from omegaconf import OmegaConf\n', '').replace('OmegaConf.to_yaml(C)', 'C')).convertsByFieldType).toBe(false);
  });

  it('names the float options of a parser whose defaults the YAML file sets (timm\'s `parser.set_defaults(**cfg)`)', () => {
    const timm = [
      'import argparse\nimport yaml\n',
      'parser = argparse.ArgumentParser(description="PyTorch ImageNet Training")',
      'parser.add_argument("--lr", type=float, default=None, metavar="LR", help="learning rate (default: 0.05)")',
      'parser.add_argument(\n    "--weight-decay", type=float, default=2e-5, help="weight decay (default: 2e-5)"\n)',
      "parser.add_argument('--warmup-lr', '--wlr', type=float, default=1e-5)",
      "parser.add_argument('-e', '--eps', dest='opt_eps', default=None, type=float)",
      'parser.add_argument("--epochs", type=int, default=300)',
      'parser.add_argument("--sched", default="cosine", type=str, help="type (float or int)")',
      'def _parse_args():\n    args_config, remaining = config_parser.parse_known_args()\n    if args_config.config:\n        with open(args_config.config, "r") as f:\n            cfg = yaml.safe_load(f)\n            parser.set_defaults(**cfg)\n    return parser.parse_args(remaining)\n',
    ].join('\n');
    expect(yamlLoaderCalls(timm).floatKeys.sort()).toEqual(['lr', 'opt_eps', 'warmup_lr', 'weight_decay']);
    // Without set_defaults the file's values never pass through argparse (`vars(args).update(cfg)`).
    expect(yamlLoaderCalls(timm.replace('parser.set_defaults(**cfg)', 'vars(args).update(cfg)')).floatKeys).toEqual([]);
  });

  it("names a configargparse parser's float options by each long name, also when declared through a local `add_arg` (opencities)", () => {
    const opencities = [
      'import configargparse as argparse\n',
      'def get_parser():',
      '    parser = argparse.ArgumentParser(',
      '        default_config_files=["configs/base.yaml"],',
      '        config_file_parser_class=argparse.YAMLConfigFileParser,',
      '    )',
      '    add_arg = parser.add_argument',
      '    add_arg("--weight_decay", "--wd", default=1e-4, type=float, help="weight decay (default: 1e-4)")',
      '    add_arg("--lr", default=1e-3, type=float, help="starting learning rate")',
      '    add_arg("--bs", default=32, type=int)',
      '    return parser\n',
    ].join('\n');
    expect(yamlLoaderCalls(opencities).floatKeys.sort()).toEqual(['lr', 'wd', 'weight_decay']);
    // Plain argparse's `set_defaults(**cfg)` matches by destination alone, and a name that is not add_argument declares nothing.
    const timmLike = opencities.replace('import configargparse as argparse', 'import argparse').replace('default_config_files=["configs/base.yaml"],', '').replace('return parser', 'parser.set_defaults(**yaml.safe_load(f))\n    return parser');
    expect(yamlLoaderCalls(timmLike).floatKeys.sort()).toEqual(['lr', 'weight_decay']);
    expect(yamlLoaderCalls(opencities.replace('parser.add_argument', 'parser.add_argument_group')).floatKeys).toEqual([]);
  });

  it('sees a float resolver added to PyYAML\'s loader (LibContinual, TensorFlowASR), which makes `1e-4` a float', () => {
    const libcontinual = 'import re\nimport yaml\n\nloader = yaml.SafeLoader\nloader.add_implicit_resolver(\n    "tag:yaml.org,2002:float",\n    re.compile("^(?:[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+)$", re.X),\n    list("-+0123456789."),\n)\nwith open(config_file) as fin:\n    config_dict.update(yaml.load(fin.read(), Loader=loader))\n';
    expect(yamlLoaderCalls(libcontinual)).toMatchObject({ pyyaml: true, floatResolver: true });
    // A resolver for another tag, or with no PyYAML reading, says nothing.
    expect(yamlLoaderCalls(libcontinual.replace(':float', ':int')).floatResolver).toBe(false);
    expect(yamlLoaderCalls('loader.add_implicit_resolver("tag:yaml.org,2002:float", FLOAT, list("-+0123456789."))\n').floatResolver).toBe(false);
  });

  it("reads a jsonargparse parser's config-file option, and OpenRL's `create_config_parser`, as jsonargparse", () => {
    expect(yamlLoaderCalls('from jsonargparse import ActionConfigFile, ArgumentParser\nparser = ArgumentParser()\nparser.add_argument("--config", action=ActionConfigFile)\n').jsonargparse).toBe(true);
    // multiagent-quadruped-environment's openrl_ws/utils.py: OpenRL's parser is a jsonargparse ArgumentParser with `--config`.
    expect(yamlLoaderCalls('from openrl.configs.config import create_config_parser\nopenrl_parser = create_config_parser()\n').jsonargparse).toBe(true);
    // jsonargparse used for command-line options alone reads no file; nor does another module's `create_config_parser`.
    expect(yamlLoaderCalls('from jsonargparse import ArgumentParser\nparser = ArgumentParser()\n').jsonargparse).toBe(false);
    expect(yamlLoaderCalls('from otava.config import create_config_parser\nparser = create_config_parser()\n').jsonargparse).toBe(false);
    expect(yamlLoaderCalls('# from openrl.configs.config import create_config_parser\n').jsonargparse).toBe(false);
  });

  it('reads RecBole\'s `Config` or `run_recbole`, imported by a project that extends RecBole, as that float resolver', () => {
    // RecBole-GNN's recbole_gnn/config.py.
    expect(yamlLoaderCalls('import os\nimport recbole\nfrom recbole.config.configurator import Config as RecBole_Config\n\nclass Config(RecBole_Config):\n    pass\n').floatResolver).toBe(true);
    expect(yamlLoaderCalls('from recbole.quick_start import run_recbole\nrun_recbole(model="SASRec", config_file_list=["x.yaml"])\n').floatResolver).toBe(true);
    // Other imports from RecBole read no config, and a Config from elsewhere is not RecBole's.
    expect(yamlLoaderCalls('from recbole.utils import init_seed\n').floatResolver).toBe(false);
    expect(yamlLoaderCalls('# from recbole.config import Config\nfrom mylib.config import Config\n').floatResolver).toBe(false);
  });

  it('sees a config merged into a yacs CfgNode (yacs, fvcore, detectron2), which decodes `3e-4` with literal_eval', () => {
    expect(yamlLoaderCalls('from fvcore.common.config import CfgNode as _CfgNode\n\ndef get_cfg(args):\n    cfg = _C.clone()\n    cfg.merge_from_file(args.config_file)\n').yacs).toBe(true);
    expect(yamlLoaderCalls('from yacs.config import CfgNode as CN\ncfg.merge_from_other_cfg(CN(yaml.safe_load(f)))\n').yacs).toBe(true);
    // An import alone, or a merge from another library, is not a yacs reading.
    expect(yamlLoaderCalls('from yacs.config import CfgNode as CN\n_C = CN()\n').yacs).toBe(false);
    expect(yamlLoaderCalls('cfg.merge_from_file(path)\n').yacs).toBe(false);
    // ... but a merge into a config imported from another module is noted, for the project's defaults to settle.
    expect(yamlLoaderCalls('from config.default import cfg\ncfg.merge_from_file(args.config)\n').yacsMerge).toBe(true);
    // habitat-lab's `Config` was a CfgNode until habitat moved to Hydra (ZSON, PIRLNav and VLN-CE merge into it).
    expect(yamlLoaderCalls('from habitat.config.default import Config as CN\n\ndef get_config(path):\n    config = _C.clone()\n    config.merge_from_file(path)\n').yacs).toBe(true);
    expect(yamlLoaderCalls('from habitat import Config\nconfig.merge_from_file(path)\n').yacs).toBe(true);
    expect(yamlLoaderCalls('from habitat.config import read_write\nconfig.merge_from_file(path)\n').yacs).toBe(false);
    // GraphGym's `load_cfg` merges the file into its CfgNode inside PyG (GraphGPS, LatentGraphDiffusion).
    const graphgym = 'from torch_geometric.graphgym.config import (cfg, dump_cfg,\n                                             set_cfg, load_cfg,\n                                             makedirs_rm_exist)\nset_cfg(cfg)\nload_cfg(cfg, args)\n';
    expect([yamlLoaderCalls(graphgym).yacs, yamlLoaderCalls(graphgym).imports]).toEqual([true, ['yacs']]);
    expect(yamlLoaderCalls('from torch_geometric.graphgym.config import cfg\n').yacs).toBe(false);
  });

  it("lists the top-level keys of the CfgNode defaults a script writes, under the class's own name or an alias", () => {
    const lower = 'from yacs.config import CfgNode\n\nconfig = CfgNode()\nconfig.seed = None\nconfig.training = CfgNode()\nconfig.training.lr = 1e-3\nconfig.merge_from_file(path)\n';
    expect(yamlLoaderCalls(lower).yacsKeys).toEqual(['seed', 'training']);
    const upper = 'from yacs.config import CfgNode as CN\n_C = CN()\n_C.MODEL = CN()\n_C.MODEL.NAME = "resnet"\n_C.TRAIN = CN()\nmodel = build(_C)\n';
    expect(yamlLoaderCalls(upper).yacsKeys).toEqual(['MODEL', 'TRAIN']);
    expect(yamlLoaderCalls(upper.replace('from yacs.config import CfgNode as CN', 'from habitat.config.default import Config as CN')).yacsKeys).toEqual(['MODEL', 'TRAIN']);
    // Defaults built inside a function (STORM's `load_config`), keys at the root's own indentation.
    const inFunction = 'from yacs.config import CfgNode as CN\n\ndef load_config(path):\n    conf = CN()\n    conf.Task = ""\n    conf.Models = CN()\n    conf.Models.Agent = CN()\n    if path:\n        conf.Extra = 1\n    conf.merge_from_file(path)\n    return conf\n';
    expect(yamlLoaderCalls(inFunction).yacsKeys).toEqual(['Models', 'Task']);
    // Defaults on an attribute of a class that builds them in its constructor (Gaussian-Head-Avatar's `config_train`).
    const inClass = 'from yacs.config import CfgNode as CN\n\nclass config_base():\n    def __init__(self):\n        self.cfg = CN()\n\n    def load(self, config_file):\n        self.cfg.merge_from_file(config_file)\n\nclass config_train(config_base):\n    def __init__(self):\n        super().__init__()\n        self.cfg.lr_net = 0.0\n        self.cfg.dataset = CN()\n        self.cfg.dataset.resolution = 512\n';
    expect(yamlLoaderCalls(inClass).yacsKeys).toEqual(['dataset', 'lr_net']);
    // A module-level root filled by a function that takes it as its first parameter (GraphGym's layout, copied by htgnn):
    // the keys set in that function's body, at any depth, and not those set after it ends or on another name.
    const setCfg = 'from yacs.config import CfgNode as CN\n\ncfg = CN()\n\ndef set_cfg(cfg):\n    r\'\'\'Defaults.\'\'\'\n    if cfg is None:\n        return cfg\n    cfg.print = "both"\n\n    # optimizer\n    cfg.optim = CN()\n    cfg.optim.base_lr = 0.01\n    if cfg.print == "x":\n        cfg.extra = 1\n    other.skipped = 2\n\nset_cfg(cfg)\nlater.runtime = 3\n\ndef load_cfg(path):\n    cfg.merge_from_file(path)\n';
    expect(yamlLoaderCalls(setCfg).yacsKeys).toEqual(['extra', 'optim', 'print']);
    // A function that takes the root as a later parameter adds nothing of the kind.
    expect(yamlLoaderCalls(setCfg.replace('def set_cfg(cfg):', 'def set_cfg(conf, cfg):')).yacsKeys).toEqual([]);
    // A root written again is read once; past sixteen distinct roots, a script is data, not a defaults module.
    const roots = (n: number): string => 'from yacs.config import CfgNode as CN\n' + Array.from({ length: n }, (_, i) => `c${i} = CN()\nc${i}.k${i} = 1\n`).join('');
    expect(yamlLoaderCalls(roots(16)).yacsKeys).toHaveLength(16);
    expect(yamlLoaderCalls(roots(20)).yacsKeys).toHaveLength(16);
    expect(yamlLoaderCalls(inClass + '        self.cfg = CN()\n').yacsKeys).toEqual(['dataset', 'lr_net']);
    // Attributes of objects that are no CfgNode, or no yacs import at all, say nothing.
    expect(yamlLoaderCalls('from yacs.config import CfgNode\nargs = Namespace()\nargs.lr = 0.1\n').yacsKeys).toEqual([]);
    expect(yamlLoaderCalls('config = CfgNode()\nconfig.training = 1\n').yacsKeys).toEqual([]);
  });

  it('finds typed dataclass readers (simple_parsing, draccus, pyrallis), which convert `1e-3` to a float field', () => {
    expect(yamlLoaderCalls('import simple_parsing\nargs = simple_parsing.parse(config_class=TrainConfig, config_path="configs/meta.yaml")\n').typed).toBe(true);
    expect(yamlLoaderCalls('from draccus import wrap\n').typed).toBe(true);
    // CORL and its forks (ClORL's `@pyrallis.wrap()` over `actor_learning_rate: float`).
    expect(yamlLoaderCalls('import pyrallis\n\n@pyrallis.wrap()\ndef train(config: Config):\n    pass\n').typed).toBe(true);
    expect(yamlLoaderCalls('# import simple_parsing\n').typed).toBe(false);
  });

  it('sees a loop that tries float() on every top-level value (EasyEdit)', () => {
    const easyEdit = 'def construct_float_from_scientific_notation(config: dict):\n    for key, value in config.items():\n        if isinstance(value, str):\n            try:\n                config[key] = float(value)\n            except:\n                pass\n    return config\n';
    expect(yamlLoaderCalls(easyEdit).floatKeys).toEqual(['*']);
    // `literal_eval` and `eval` read `"1e-4"` as a float as well.
    expect(yamlLoaderCalls('for k, v in cfg.items():\n    try:\n        cfg[k] = ast.literal_eval(v)\n    except Exception:\n        pass\n').floatKeys).toEqual(['*']);
    expect(yamlLoaderCalls('for k, v in cfg.items():\n    cfg[k] = eval(v)\n').floatKeys).toEqual(['*']);
    // Converting into another mapping, or another variable, is not this.
    expect(yamlLoaderCalls('for key, value in config.items():\n    out[key] = float(value)\n').floatKeys).toEqual([]);
  });

  it("takes argparse's float options for keys of a config file that yamlargparse or jsonargparse parses as options (DiaPer)", () => {
    const diaper = "import yamlargparse\nparser = yamlargparse.ArgumentParser(description='DiaPer training')\nparser.add_argument('-c', '--config', help='config file path',\n                    action=yamlargparse.ActionConfigFile)\nparser.add_argument('--lr', type=float)\nparser.add_argument('--max-epochs', type=int)\n";
    expect(yamlLoaderCalls(diaper).floatKeys).toEqual(['lr']);
    expect(yamlLoaderCalls(diaper.replace('action=yamlargparse.ActionConfigFile', "type=str")).floatKeys).toEqual([]);
    // configargparse's config-file option (OpenNMT's `is_config_file_arg`), and its `add(` for `add_argument(` (Bug-Transformer).
    const onmt = "from onmt.utils.parse import ArgumentParser\ngroup = parser.add_argument_group('Configuration')\ngroup.add('-config', '--config', required=False,\n          is_config_file_arg=True)\ngroup.add('--adam_epsilon', type=float, default=1e-8)\nparser.add_argument('--learning_rate', default=5e-5, type=float)\nseen.add(x)\n";
    expect(yamlLoaderCalls(onmt).floatKeys.sort()).toEqual(['adam_epsilon', 'learning_rate']);
    expect(yamlLoaderCalls(onmt.replace('is_config_file_arg=True', 'type=str')).floatKeys).toEqual([]);
    // A configargparse parser given its config options in the constructor (last_layer_unlearning's groundzero/args.py).
    const ctor = 'from configargparse import Parser\nparser = Parser(\n    args_for_setting_config_path=["-c", "--cfg", "--config"],\n    config_arg_is_required=True,\n)\nparser.add("--lr", type=float)\nparser.add("--weight_decay", default=1e-4, type=float)\n';
    expect(yamlLoaderCalls(ctor).floatKeys.sort()).toEqual(['lr', 'weight_decay']);
    expect(yamlLoaderCalls(ctor.replace('args_for_setting_config_path', 'prog')).floatKeys).toEqual([]);
    expect(yamlLoaderCalls("p = configargparse.ArgParser(default_config_files=['~/.cfg.yaml'])\np.add('--lr', type=float)\n").floatKeys).toEqual(['lr']);
  });

  it('sees the same loop over the flattened file reach values of every depth (NCFM)', () => {
    const ncfm = "with open(path) as f:\n    config = yaml.safe_load(f)\nflat_config = self.flatten_dict(config)\nfor key, value in flat_config.items():\n    if isinstance(value, str):\n        if 'e' in value or '.' in value:\n            try:\n                flat_config[key] = float(value)\n            except ValueError:\n                pass\n";
    expect(yamlLoaderCalls(ncfm).floatKeys).toEqual(['**']);
  });

  it('sees the same loop over one mapping of the file reach that mapping\'s values (ifmorph)', () => {
    const loop = 'for k, v in constraint_weights.items():\n    constraint_weights[k] = float(v)\n';
    expect(yamlLoaderCalls(`constraint_weights = loss_config.get("constraint_weights", None)\n${loop}`).floatKeys).toEqual(['constraint_weights.*']);
    expect(yamlLoaderCalls(`constraint_weights = config['loss']["weights"]  # per term\n${loop}`).floatKeys).toEqual(['weights.*']);
    // Set from the loader, or from an expression that names no entry: the file's top level.
    expect(yamlLoaderCalls(`constraint_weights = yaml.safe_load(f)\n${loop}`).floatKeys).toEqual(['*']);
    expect(yamlLoaderCalls(`constraint_weights = merge(a, b)\n${loop}`).floatKeys).toEqual(['*']);
    // Only an assignment before the loop counts.
    expect(yamlLoaderCalls(`config = yaml.safe_load(f)\n${loop.replace(/constraint_weights/g, 'config')}config = config.get("x")\n`).floatKeys).toEqual(['*']);
  });
});
