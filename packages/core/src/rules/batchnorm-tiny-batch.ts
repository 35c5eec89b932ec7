import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { bool, className, classOf, str } from '../rule-kit/field-index.js';

interface Options {
  /** Per-device batch sizes at or below this are reported. */
  readonly maxBatch: number;
}

const BN_VALUE = /^(?:batch|bn|batchnorm|batch_norm|batchnorm[123]d|syncbn|sync_bn|sync_batchnorm|ghost|ghost_bn)$/i;

/**
 * BatchNorm normalises each channel with the statistics of the current batch. With one example
 * per device the statistics come from a single image (or fail outright: torch raises "Expected
 * more than 1 value per channel when training" for 1-D features and 1×1 maps), and the running
 * averages used at evaluation are noisy. The tuning playbook puts the useful BN batch around 64
 * examples (ghost batch norm). Reported when the model uses BatchNorm (Ludwig `norm: batch`, a UNet
 * encoder, `torch.nn.BatchNorm2d`, `use_batch_norm: true`) and the per-device batch is 1.
 */
export default defineRule<Options>({
  id: 'batchnorm-tiny-batch',
  severity: 'info',
  category: 'advice',
  description: 'Suggest a larger batch, or another normalization, for BatchNorm trained one example at a time',
  presets: ['strict'],
  options: {
    schema: {
      type: 'object',
      properties: { maxBatch: { type: 'integer', minimum: 1, description: 'Per-device batch sizes at or below this are reported.' } },
      additionalProperties: false,
    },
    defaults: { maxBatch: 1 },
  },
  references: [
    { title: 'PyTorch torch/nn/functional.py _verify_batch_size: "Expected more than 1 value per channel when training"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/nn/functional.py' },
    { title: 'Google Research tuning playbook: batch normalization implementation details', url: 'https://github.com/google-research/tuning_playbook#batch-normalization-implementation-details' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const batch = run.batch.micro ?? run.batch.size;
      if (!batch?.value || batch.value > ctx.options.maxBatch || batch.value < 1) continue;
      const bn = batchNormEvidence(ctx, run.fields);
      if (!bn || normalisesOverPoints(ctx.fields)) continue;
      ctx.report({
        field: batch.field,
        message: `BatchNorm is trained with ${formatNumber(batch.value)} example${batch.value === 1 ? '' : 's'} per batch, too few for its statistics.`,
        explanation:
          `${fieldName(batch.field)} is ${formatNumber(batch.value)} and ${bn}. BatchNorm normalises with the mean and variance of the current batch, so each step's statistics come from ${batch.value === 1 ? 'a single example' : 'a handful of examples'}: training is noisy, the running averages used at evaluation are poor, and for 1-D features PyTorch fails with "Expected more than 1 value per channel when training". ` +
          'Raise the per-device batch (the tuning playbook suggests about 64 examples per BatchNorm batch), or switch to GroupNorm/LayerNorm (Ludwig: `conv_norm: layer`), which do not depend on the batch.',
      });
    }
  },
});

/**
 * Settings of a point-cloud network: KPConv's (OverlapPredator, GeoTransformer: `first_subsampling_dl`,
 * `num_kernel_points`) and PointNet-style point counts. Their BatchNorm normalises over every point of the batch
 * (KPConv's `BatchNormBlock` sees one row per point), so one cloud per batch still gives it thousands of values.
 * A graph network built over a neighbourhood (PyG's `radius_graph(max_num_neighbors=…)`, AirfRANS's `max_neighbors`,
 * `NeighborLoader(num_neighbors=…)`) normalises over the graph's nodes in the same way.
 */
const POINT_CLOUD_KEYS: ReadonlySet<string> = new Set(['in_points_dim', 'first_subsampling_dl', 'num_kernel_points', 'kp_extent', 'num_points', 'npoints', 'num_point', 'n_points', 'max_neighbors', 'max_num_neighbors', 'num_neighbors',
  // Atomistic graphs (NequIP-style and e3nn networks: matten's `r_cut` and `average_num_neighbors`): one structure per
  // batch still gives BatchNorm every atom.
  'r_cut', 'r_max', 'cutoff_radius', 'radial_cutoff', 'average_num_neighbors', 'avg_num_neighbors', 'num_radial_basis', 'irreps_edge_sh']);

function normalisesOverPoints(fields: readonly Field[]): boolean {
  return fields.some((f) => POINT_CLOUD_KEYS.has(f.normalized) && f.value.kind === 'scalar');
}

function batchNormEvidence(ctx: RuleContext<Options>, fields: readonly Field[]): string | undefined {
  for (const f of fields) {
    if (['norm', 'conv_norm', 'norm_type', 'normalization', 'fc_norm', 'norm_layer'].includes(f.normalized) && BN_VALUE.test(str(f) ?? '')) return `${fieldName(f)} is "${str(f)}"`;
    if (['use_batch_norm', 'batch_norm', 'batchnorm', 'use_bn', 'batch_normalization'].includes(f.normalized) && bool(f) === true) return `${fieldName(f)} is true`;
    if (['_target_', 'class_path', 'class_name'].includes(f.normalized) && /batchnorm/.test(className(classOf(ctx.fields, f.container)) ?? '')) return `${fieldName(f)} builds a BatchNorm layer`;
    // Ludwig's UNet encoder normalises its convolutions with BatchNorm unless `conv_norm` says otherwise.
    if (ctx.hasFramework('ludwig') && f.normalized === 'encoder' && str(f) === 'unet') return `${fieldName(f)} is a UNet, whose \`conv_norm\` defaults to BatchNorm`;
    if (ctx.hasFramework('ludwig') && f.normalized === 'type' && f.parent?.normalized === 'encoder' && str(f) === 'unet' && !fields.some((g) => g.normalized === 'conv_norm' && g.container === f.container)) return `${fieldName(f)} is a UNet encoder, whose \`conv_norm\` defaults to BatchNorm`;
  }
  return undefined;
}
