/**
 * 3D-Speaker's speakerlab recipes: `yaml.load(f, Loader=yaml.FullLoader)` (YAML 1.1), blocks built as `obj(**args)`,
 * and values that are exactly `<name>` standing for the top-level key `name` (speakerlab/utils/builder.py). The recipe
 * below is cut down from the shape of its `egs/voxceleb/sv-eres2net/conf/eres2net.yaml`.
 */
import { describe, expect, it } from 'vitest';
import { analysisOf } from '../document-helpers.js';
import { findings, positions } from '../helpers.js';

const RECIPE = [
  'num_epoch: 70',
  'lr: 0.2',
  'min_lr: !!float 5e-5',
  'batch_size: 256',
  'fbank_dim: 80',
  'embedding_model:',
  '  obj: speakerlab.models.eres2net.ERes2Net.ERes2Net',
  '  args:',
  '    feat_dim: <fbank_dim>',
  'optimizer:',
  '  obj: torch.optim.SGD',
  '  args:',
  '    params:',
  '    lr: <lr>',
  '    momentum: 0.9',
  '    nesterov: True',
  '    weight_decay: 0.0001',
  'lr_scheduler:',
  '  obj: speakerlab.process.scheduler.WarmupCosineScheduler',
  '  args:',
  '    optimizer: <optimizer>',
  '    min_lr: <min_lr>',
  '    max_lr: <lr>',
  '    warmup_epoch: 5',
  '    fix_epoch: <num_epoch>',
  '',
].join('\n');
/** The same recipe with Adam in place of SGD, keeping SGD's rate and its coupled decay. */
const ADAM = RECIPE.replace('torch.optim.SGD', 'torch.optim.Adam').replace('    momentum: 0.9\n    nesterov: True\n', '');

describe('speakerlab (3D-Speaker) recipes', () => {
  it('are told by their classes, `obj`/`args` blocks and `<name>` references, and read with PyYAML', () => {
    const a = analysisOf(RECIPE);
    expect(a.frameworks.map((f) => f.id)).toEqual(['speakerlab']);
    expect(a.loader.id).toBe('pyyaml');
    // A copy of the builder in a project of its own, without speakerlab's classes, is told the same way.
    const own = analysisOf(RECIPE.replaceAll('speakerlab.', 'mylab.'));
    expect(own.frameworks.map((f) => f.id)).toEqual(['speakerlab']);
  });

  it('follow `<lr>` to the top-level rate, and `obj` to the optimizer class', () => {
    const optimizer = analysisOf(RECIPE).runs[0]!.optimizer!;
    expect(optimizer.name?.value).toBe('torch.optim.SGD');
    expect(optimizer.lr?.value).toBe(0.2);
    expect(optimizer.family).toBe('sgd');
  });

  it('report Adam at SGD\'s rate, and its coupled weight decay, where the block uses them', () => {
    expect(findings('lr-too-high-for-optimizer', RECIPE)).toEqual([]);
    expect(findings('adam-coupled-weight-decay', RECIPE)).toEqual([]);
    expect(positions(findings('lr-too-high-for-optimizer', ADAM))).toEqual(['14:9']);
    expect(positions(findings('adam-coupled-weight-decay', ADAM))).toEqual(['15:19']);
  });

  it('take an exponent without a dot for a string, as PyYAML does (why the recipes write `!!float 5e-5`)', () => {
    expect(findings('yaml-sci-notation-string', RECIPE)).toEqual([]);
    expect(positions(findings('yaml-sci-notation-string', RECIPE.replace('!!float 5e-5', '5e-5')))).toEqual(['3:9']);
  });

  it('are not seen in a file whose `<…>` values are placeholders and whose `obj` is a loss gain (YOLOv5 `hyp.yaml`)', () => {
    const yolo = analysisOf('lr0: 0.01\nweight_decay: 0.0005\nobj: 1.0\ncls: 0.5\ndata_dir: <path>\n');
    expect(yolo.frameworks.map((f) => f.id)).not.toContain('speakerlab');
    // Without the framework, `lr: <lr>` is a string, not a reference: nothing is taken from the top-level rate.
    const other = analysisOf('lr: 0.2\noptimizer:\n  type: Adam\n  lr: <lr>\n');
    expect(other.frameworks.map((f) => f.id)).not.toContain('speakerlab');
    expect(other.runs[0]?.optimizer?.lr?.value).not.toBe(0.2);
  });
});
