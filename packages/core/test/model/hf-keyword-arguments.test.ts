import { describe, expect, it } from 'vitest';
import { hfKeywordArguments } from '../../src/model/hf-keyword-arguments.js';

describe('hfKeywordArguments', () => {
  it('names the keywords and the settings their values read (RepoFusion)', () => {
    const script = [
      'from transformers import Seq2SeqTrainingArguments',
      'ctx.args = Seq2SeqTrainingArguments(',
      '    ctx.model_dir,',
      '    evaluation_strategy=opt.evaluation_strategy,',
      '    # a comment, with a comma',
      '    learning_rate=opt.lr,  # tuned',
      '    weight_decay=cfg["train"]["wd"],',
      '    warmup_steps=cfg.get("warmup", 0),',
      '    remove_unused_columns=False,',
      ')',
    ].join('\n');
    expect(hfKeywordArguments(script)).toEqual({
      calls: 1, whole: false,
      names: ['evaluation_strategy', 'learning_rate', 'lr', 'model_dir', 'remove_unused_columns', 'train', 'warmup', 'warmup_steps', 'wd', 'weight_decay'],
      reads: ['evaluation_strategy', 'lr', 'model_dir', 'train', 'warmup', 'wd'],
      files: [],
      renamed: ['lr=learning_rate', 'train=weight_decay', 'warmup=warmup_steps', 'wd=weight_decay'],
    });
  });

  it('tells a whole mapping handed on: `**`, HfArgumentParser, a subclass, setattr, __dict__, an unreadable call', () => {
    expect(hfKeywordArguments('args = TrainingArguments(output_dir="o", **cfg["training"])\n').whole).toBe(true);
    expect(hfKeywordArguments('parser = HfArgumentParser((ModelArguments, TrainingArguments))\n').whole).toBe(true);
    // Imported and never called (CFGPT), the parser hands nothing on.
    expect(hfKeywordArguments('from transformers import (\n    HfArgumentParser,\n    TrainingArguments,\n)\nargs = TrainingArguments(output_dir=cfg["out"])\n')).toEqual({ calls: 1, whole: false, names: ['out', 'output_dir'], reads: ['out'], files: [], renamed: ['out=output_dir'] });
    expect(hfKeywordArguments('class MyArgs(transformers.TrainingArguments):\n    pass\nargs = MyArgs(output_dir="o")\n').whole).toBe(true);
    expect(hfKeywordArguments('args = TrainingArguments(output_dir="o")\nfor k, v in cfg.items():\n    setattr(training_args, k, v)\n').whole).toBe(true);
    expect(hfKeywordArguments('args = SFTConfig(output_dir="o")\nargs.__dict__.update(cfg)\n').whole).toBe(true);
    expect(hfKeywordArguments('args = TrainingArguments(output_dir="o",\n').whole).toBe(true);
  });

  it('reads TRL configs and ignores a commented-out call, an annotation and a script without any', () => {
    expect(hfKeywordArguments('cfg = DPOConfig(beta=args.beta, output_dir=args.out)\n')).toEqual({ calls: 1, whole: false, names: ['beta', 'out', 'output_dir'], reads: ['beta', 'out'], files: [], renamed: ['out=output_dir'] });
    expect(hfKeywordArguments('# args = TrainingArguments(**cfg)\ndef f(a: TrainingArguments) -> None: ...\n')).toEqual({ calls: 0, whole: false, names: [], reads: [], files: [], renamed: [] });
    expect(hfKeywordArguments('import yaml\nprint(1)\n')).toEqual({ calls: 0, whole: false, names: [], reads: [], files: [], renamed: [] });
  });

  it('names the config files a building script reads by a written path with a folder (gpm)', () => {
    const gpm = 'cfg = yaml.safe_load(Path("/config/poet_training.yaml").read_text())\nargs = TrainingArguments(output_dir="o", learning_rate=cfg.get("learning_rate"))\n';
    expect(hfKeywordArguments(gpm).files).toEqual(['config/poet_training.yaml']);
    expect(hfKeywordArguments(gpm + 'other = open("configs\\\\full-sft\\\\base.json")\nx = "a/b/c.yml"\n').files).toEqual(['b/c.yml', 'config/poet_training.yaml', 'full-sft/base.json']);
    // A bare file name says nothing of its folder, and a script that builds no arguments names nothing.
    expect(hfKeywordArguments(gpm.replace('/config/poet_training.yaml', 'poet_training.yaml')).files).toEqual([]);
    expect(hfKeywordArguments('cfg = yaml.safe_load(open("config/x.yaml"))\nConfig = 1\n').files).toEqual([]);
  });

  it('reads hostile text to a plain answer: thousands of unclosed calls, calls nested in calls, unclosed class bases', () => {
    expect(hfKeywordArguments('TrainingArguments('.repeat(60_000)).whole).toBe(true);
    expect(hfKeywordArguments('TrainingArguments(a=x.' .repeat(2_000) + 'b' + ')'.repeat(2_000)).whole).toBe(true);
    expect(hfKeywordArguments('x = TrainingArguments(a=cfg.a)\n'.repeat(20_000))).toMatchObject({ calls: 20_000, whole: false, reads: ['a'] });
    // A base list is read for 300 characters: an HF class named far past the last `class a(` is not its base.
    expect(hfKeywordArguments(`${'class a('.repeat(100_000)} TrainingArguments`).whole).toBe(true);
    expect(hfKeywordArguments(`${'class a('.repeat(100_000)}${' '.repeat(400)}TrainingArguments`).whole).toBe(false);
  });
});

