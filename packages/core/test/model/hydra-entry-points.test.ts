import { describe, expect, it } from 'vitest';
import { hydraEntryPoints } from '../../src/index.js';

const only = (text: string) => hydraEntryPoints(text).map((e) => [e.configPath, e.configName]);

describe('hydraEntryPoints', () => {
  it('reads the decorator with keywords, across lines, with comments and a trailing comma', () => {
    const text = [
      'import hydra',
      'from omegaconf import DictConfig',
      '',
      '@hydra.main(',
      '    version_base="1.3",  # pinned',
      '    config_path="../configs",',
      "    config_name='train.yaml',",
      ')',
      'def main(cfg: DictConfig) -> None:',
      '    ...',
    ].join('\n');
    expect(hydraEntryPoints(text)).toEqual([{ configPath: '../configs', configName: 'train', call: '@hydra.main(version_base="1.3", config_path="../configs", config_name=\'train.yaml\')' }]);
  });

  it('reads positional arguments and Hydra 0.11\'s file path', () => {
    expect(only('import hydra\n@hydra.main("conf", "config")\ndef f(c): pass\n')).toEqual([['conf', 'config']]);
    expect(only('import hydra\n@hydra.main(config_path="conf/config.yaml")\ndef f(c): pass\n')).toEqual([['conf', 'config']]);
    expect(only('import hydra\n@hydra.main(config_path="config.yaml")\ndef f(c): pass\n')).toEqual([['.', 'config']]);
  });

  it('reads the compose API: initialize(config_path) then compose(config_name)', () => {
    const text = 'from hydra import compose, initialize\nwith initialize(version_base=None, config_path="../conf"):\n    cfg = compose(config_name="finetune", overrides=[])\n';
    expect(only(text)).toEqual([['../conf', 'finetune']]);
  });

  it('takes a bare @main only when it is imported from hydra', () => {
    expect(only('from hydra import main\n@main(config_path="conf", config_name="c")\ndef f(c): pass\n')).toEqual([['conf', 'c']]);
    expect(only('import click  # hydra is mentioned\n@main(config_path="conf", config_name="c")\ndef f(c): pass\n')).toEqual([]);
  });

  it('names nothing for a path built at run time, None or a package', () => {
    expect(only('import hydra, os\n@hydra.main(config_path=os.path.join(ROOT, "conf"), config_name="c")\ndef f(c): pass\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(config_path=None, config_name="c")\ndef f(c): pass\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(config_path="pkg://my_app.conf", config_name="c")\ndef f(c): pass\n')).toEqual([]);
  });

  it("reads the compose API's initialize_config_dir, whose folder is built from the script's location or written absolute", () => {
    const built = 'from hydra import compose, initialize_config_dir\nimport os\n\nwith initialize_config_dir(version_base=None, config_dir=os.path.join(os.path.dirname(os.path.abspath(__file__)), "configs")):\n    cfg = compose(config_name="eval")\n';
    expect(only(built)).toEqual([['configs', 'eval']]);
    expect(only('import hydra\nfrom pathlib import Path\nhydra.initialize_config_dir(config_dir=str(Path(__file__).parent / "conf"))\ncfg = hydra.compose("train")\n')).toEqual([['conf', 'train']]);
    expect(only('from hydra import compose, initialize_config_dir\nwith initialize_config_dir(config_dir="/home/me/proj/conf"):\n    cfg = compose(config_name="train")\n')).toEqual([['conf', 'train']]);
    // A folder relative to the working directory is unknown, and a function of another library is not Hydra's.
    expect(only('from hydra import compose, initialize_config_dir\nwith initialize_config_dir(config_dir=os.path.abspath("conf")):\n    cfg = compose(config_name="train")\n')).toEqual([]);
    expect(only('import hydra  # mentioned\nfrom mylib import initialize_config_dir\ninitialize_config_dir(config_dir=str(Path(__file__).parent / "conf"))\ncfg = compose("train")\n')).toEqual([]);
  });

  it("reads an absolute path from the author's machine as the project's folder of that name, only with a named primary config (hanxinyan20)", () => {
    const [entry] = hydraEntryPoints('import hydra\n@hydra.main(version_base=None, config_path="/mnt/public/hxy/project/diff_scripts/config", config_name="default")\ndef main(cfg): pass\n');
    expect(entry).toEqual({ configPath: 'config', configName: 'default', call: '@hydra.main(version_base=None, config_path="/mnt/public/hxy/project/diff_scripts/config", config_name="default")', absolute: true });
    expect(only('import hydra\n@hydra.main(config_path="/abs/conf/", config_name="c")\ndef f(c): pass\n')).toEqual([['conf', 'c']]);
    // Without a primary config's name nothing confirms the guess; a root or a file names no folder.
    expect(only('import hydra\n@hydra.main(config_path="/abs/conf")\ndef f(c): pass\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(config_path="/", config_name="c")\ndef f(c): pass\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(config_path="C:/", config_name="c")\ndef f(c): pass\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(config_path="/abs/conf/c.yaml")\ndef f(c): pass\n')).toEqual([]);
  });

  it('takes the script\'s folder when config_path is left out, as Hydra did before 1.2, unless version_base asks for 1.2', () => {
    // MonoScene (Hydra 1.0): the name climbs out of the script's folder into the config folder.
    expect(only('import hydra\n@hydra.main(config_name="../config/monoscene.yaml")\ndef f(c): pass\n')).toEqual([['../config', 'monoscene']]);
    expect(only('import hydra\n@hydra.main(config_name="train")\ndef f(c): pass\n')).toEqual([['.', 'train']]);
    expect(only('import hydra\n@hydra.main(version_base="1.1", config_name="train")\ndef f(c): pass\n')).toEqual([['.', 'train']]);
    expect(only('import hydra\n@hydra.main(version_base="1.2", config_name="train")\ndef f(c): pass\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(version_base=None, config_name="train")\ndef f(c): pass\n')).toEqual([]);
    // Without a name there is no primary config to place; a group's option in the name stays in the config folder.
    expect(only('import hydra\n@hydra.main()\ndef f(c): pass\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(config_path="conf", config_name="experiment/base")\ndef f(c): pass\n')).toEqual([['conf', 'experiment/base']]);
  });

  it('ignores text without Hydra and calls that never close', () => {
    expect(only('import argparse\n@main(config_path="conf")\n')).toEqual([]);
    expect(only('import hydra\n@hydra.main(config_path="conf", config_name="c"\n' + 'x = 1\n'.repeat(600))).toEqual([]);
  });
});

describe('hydraEntryPoints, other programs\' initialize', () => {
  it('leaves deepspeed.initialize and an initialize not imported from hydra alone', () => {
    expect(only('import hydra\nimport deepspeed\nengine = deepspeed.initialize("conf")\n')).toEqual([]);
    expect(only('import hydra\nfrom apex import initialize\ninitialize("conf")\n')).toEqual([]);
    expect(only('import hydra\nhydra.initialize(config_path="conf")\ncfg = hydra.compose("base")\n')).toEqual([['conf', 'base']]);
  });
});

describe('hydraEntryPoints, paths built from the script\'s location', () => {
  it('resolves os.path and pathlib forms, in the call or through a module-level constant', () => {
    const at = (expr: string, pre = '') => only(`import hydra, os\nfrom pathlib import Path\n${pre}\n@hydra.main(config_path=${expr}, config_name="c")\ndef f(c): pass\n`);
    expect(at('CONFIG_DIR', 'CONFIG_DIR = os.path.join(os.path.dirname(os.path.realpath(__file__)), "configs")')).toEqual([['configs', 'c']]);
    expect(at('os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "conf", "exp")')).toEqual([['../conf/exp', 'c']]);
    expect(at('os.path.dirname(__file__)')).toEqual([['.', 'c']]);
    expect(at('str(Path(__file__).resolve().parent / "conf")')).toEqual([['conf', 'c']]);
    expect(at('str(Path(__file__).parent.parent / "configs")')).toEqual([['../configs', 'c']]);
    expect(at('str(Path(__file__).parents[1] / "configs")')).toEqual([['../configs', 'c']]);
    expect(at('ROOT', 'ROOT: str = str(Path(__file__).parent / "cfg")  # where configs live')).toEqual([['cfg', 'c']]);
  });

  it('names nothing for a root from the environment or another module, and reads a Windows path', () => {
    const at = (expr: string, pre = '') => only(`import hydra, os\n${pre}\n@hydra.main(config_path=${expr}, config_name="c")\ndef f(c): pass\n`);
    expect(at('str(PROJECT_ROOT / "conf")', 'from pkg.utils import PROJECT_ROOT')).toEqual([]);
    expect(at('CONF', 'CONF = os.environ["CONF_DIR"]')).toEqual([]);
    expect(at('os.path.join(os.getcwd(), "conf")')).toEqual([]);
    expect(at("'.\\configs'")).toEqual([['./configs', 'c']]);
  });
});

describe('hydraEntryPoints, imports and absolute paths', () => {
  it('reads every `from hydra import` line, and a Windows or UNC absolute path as its last folder\'s name', () => {
    expect(only('from hydra import compose\nfrom hydra import initialize\nwith initialize(config_path="conf"):\n    cfg = compose(config_name="c")\n')).toEqual([['conf', 'c']]);
    expect(only('import hydra\n@hydra.main(config_path="C:\\\\work\\\\conf", config_name="c")\ndef f(c): pass\n')).toEqual([['conf', 'c']]);
    expect(only('import hydra\n@hydra.main(config_path="\\\\\\\\server\\\\share\\\\conf", config_name="c")\ndef f(c): pass\n')).toEqual([['conf', 'c']]);
  });
});
