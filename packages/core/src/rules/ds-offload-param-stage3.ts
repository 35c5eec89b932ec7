import { defineRule, type Report } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { childOf, str } from '../rule-kit/field-index.js';
import { accelerateDeepSpeedBlock, accelerateZeroStage, deepspeedConfigs, dsField, zeroStage } from '../rule-kit/deepspeed.js';

/** The devices that move parameters off the GPU; `none` (and placeholders) ask for nothing. */
const OFFLOAD_DEVICES = new Set(['cpu', 'nvme']);

/**
 * Parameter offload (`zero_optimization.offload_param`, Accelerate's `offload_param_device`) moves the parameters
 * that ZeRO stage 3 partitions; DeepSpeed documents it as "Valid only with stage 3", and stages 0 to 2, which keep a
 * whole copy of the parameters on every GPU, never read it. A stage-2 config copied from a stage-3 one
 * (InstructUIE's `ds_config_llama.json`, ALMA's Accelerate files) therefore counts on memory it does not save.
 */
export default defineRule({
  id: 'ds-offload-param-stage3',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag parameter offload (`offload_param`) on a ZeRO stage other than 3, which never reads it',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed', 'accelerate'],
  references: [
    { title: 'DeepSpeed configuration JSON: offload_param "Valid only with stage 3"', url: 'https://www.deepspeed.ai/docs/config-json/#parameter-offloading' },
    { title: 'DeepSpeed runtime/zero/offload_config.py DeepSpeedZeroOffloadParamConfig: "Valid only with stage 3."', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/zero/offload_config.py' },
  ],
  check(ctx) {
    for (const ds of deepspeedConfigs(ctx)) {
      const device = dsField(ds, 'zero_optimization', 'offload_param', 'device');
      const { stage, field } = zeroStage(ds);
      if (!device || stage === undefined) continue;
      check(device, stage, field?.normalized === 'stage' ? `${fieldName(field)} is ${formatNumber(stage)}` : `no ZeRO stage is set (stage ${formatNumber(stage)})`, ctx.report);
    }
    // Accelerate's `deepspeed_config` block writes the same choice as `offload_param_device: cpu`.
    const block = accelerateDeepSpeedBlock(ctx);
    const device = childOf(ctx.fields, block, 'offload_param_device');
    const stage = block && device ? accelerateZeroStage(ctx, block) : undefined;
    if (device && stage?.stage !== undefined) check(device, stage.stage, `${stage.where} is ${formatNumber(stage.stage)}`, ctx.report);
  },
});

/** `stageText` says where the stage comes from and what it is: "`zero_optimization.stage` is 2". */
function check(device: Field, stage: number, stageText: string, report: (r: Report) => void): void {
  const name = str(device)?.toLowerCase();
  if (name === undefined || !OFFLOAD_DEVICES.has(name) || stage === 3) return;
  report({
    field: device,
    message: `Parameter offload to ${name} has no effect on ZeRO stage ${formatNumber(stage)}; only stage 3 offloads parameters.`,
    explanation:
      `${fieldName(device)} asks DeepSpeed to keep the model's parameters in ${name === 'cpu' ? 'CPU memory' : 'NVMe storage'}, but ${stageText}. ` +
      'Only stage 3 partitions the parameters, and only it offloads them (DeepSpeed documents `offload_param` as "Valid only with stage 3"); on stages 0 to 2 every GPU keeps a whole copy and the setting is never read, so the memory it was meant to save is not saved. ' +
      'Use stage 3 to offload parameters, or remove the parameter offload on this stage (optimizer offload, `offload_optimizer`, works from stage 1).',
  });
}
