import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'batchnorm-tiny-batch';

describe(RULE, () => {
  it('flags a Ludwig UNet (BatchNorm by default) at batch size 1 (R6)', () => {
    const d = findings(RULE, 'input_features:\n  - name: image_path\n    type: image\n    encoder: unet\noutput_features:\n  - name: mask\n    type: image\ntrainer:\n  epochs: 100\n  batch_size: 1\n');
    expect(positions(d)).toEqual(['10:15']);
    expect(d[0]!.message).toBe('BatchNorm is trained with 1 example per batch, too few for its statistics.');
  });

  it('flags a torch BatchNorm layer with a per-device batch of 1', () => {
    expect(findings(RULE, 'model:\n  norm:\n    _target_: torch.nn.BatchNorm2d\n    num_features: 64\ndata:\n  batch_size: 1\ntrainer:\n  max_epochs: 3\n')).toHaveLength(1);
  });

  it('stays quiet for a point-cloud network, whose BatchNorm normalises over every point of the one cloud', () => {
    // OverlapPredator (KPConv): `BatchNormBlock` sees one row per point.
    const kpconv = (extra: string) => `model:\n  num_layers: 4\n${extra}  use_batch_norm: True\n  batch_norm_momentum: 0.02\ndataset:\n  batch_size: 1\n`;
    expect(findings(RULE, kpconv('  first_subsampling_dl: 0.3\n  num_kernel_points: 15\n  KP_extent: 2.0\n'))).toEqual([]);
    expect(findings(RULE, kpconv(''))).toHaveLength(1);
  });

  it('stays quiet for an atomistic graph network, whose BatchNorm normalises over every atom of the one structure (matten)', () => {
    const matten = (extra: string) => `data:\n${extra}  loader_kwargs:\n    batch_size: 1\nmodel:\n  num_layers: 3\n  normalization: batch\n`;
    expect(findings(RULE, matten('  r_cut: 5.0\n'))).toEqual([]);
    expect(findings(RULE, matten(''))).toHaveLength(1);
  });

  it("reads each model's section of a file of alternatives as its own run, and a graph network over neighbourhoods like a point cloud (AirfRANS)", () => {
    const section = (name: string, extra: string) => `${name}:\n  encoder: [7, 64, 64, 8]\n${extra}  batch_size: 1\n  nb_epochs: 398\n  lr: 0.001\n`;
    // Before: GraphSAGE's batch and GUNet's BatchNorm were read as one run's.
    expect(positions(findings(RULE, section('GraphSAGE', '') + section('PointNet', '') + section('GUNet', '  batchnorm: True\n')))).toEqual(['14:15']);
    expect(findings(RULE, section('GraphSAGE', '') + section('GUNet', '  batchnorm: True\n  max_neighbors: 64\n'))).toEqual([]);
  });

  it('stays quiet with larger batches or non-batch normalisation', () => {
    expect(findings(RULE, 'input_features:\n  - name: image_path\n    type: image\n    encoder: unet\noutput_features:\n  - name: mask\n    type: image\ntrainer:\n  batch_size: 32\n')).toEqual([]);
    expect(findings(RULE, 'input_features:\n  - name: t\n    type: text\n    encoder:\n      type: parallel_cnn\n      norm: layer\noutput_features:\n  - name: y\n    type: category\ntrainer:\n  batch_size: 1\n')).toEqual([]);
  });
});
