import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, str } from '../rule-kit/field-index.js';
import { isUnder } from '../document/pointer.js';

/** GPUs without bfloat16 tensor cores (pre-Ampere), as comments name them. */
const PRE_AMPERE = /\b(T4|V100|P100|P40|K80|K40|M60|GTX\s?10[5-8]0(?:\s?Ti)?|RTX\s?20[6-8]0(?:\s?Ti)?|Titan\s?(?:V|Xp?|RTX)|Quadro\s?RTX\s?\d{4}|Turing|Volta|Pascal|Kepler|Maxwell)\b/i;
/** GPUs with bfloat16 support; a file that names one of them is not talking about old hardware only. */
const AMPERE_PLUS = /\b(A100|A10G?|A30|A40|A[456]000|RTX\s?[345]0\d0(?:\s?Ti)?|RTX\s?A\d{4}|RTX\s?PRO\s?\d{4}|H100|H200|H20|GH200|L4|L40S?|B100|B200|GB200|Ampere|Hopper|Ada|Blackwell|MI\d{3}X?|TPU)\b/i;

/** Comments that name an old GPU as the case for another precision, or conditionally. */
const ALTERNATIVE = /\b(?:fp16|float16|half|fp32|float32|if|otherwise|instead|unless|else|older)\b/i;

/**
 * bfloat16 needs Ampere or newer GPUs (compute capability 8.0): on a T4 or V100 HF
 * TrainingArguments raises "Your setup doesn't support bf16/gpu ... You need Ampere+ GPU with
 * cuda>=11.0" (and `tf32` likewise), and other trainers fail or silently emulate. A config cannot
 * know its hardware, so the rule fires only when a comment in the file names a pre-Ampere GPU
 * (`bf16: true  # on T4`) and none names a newer one.
 */
export default defineRule({
  id: 'bf16-needs-ampere',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag bf16 or tf32 in a config whose comments name a pre-Ampere GPU',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'transformers TrainingArguments: "Your setup doesn\'t support bf16/gpu. You need Ampere+ GPU with cuda>=11.0"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'NVIDIA Ampere architecture: bfloat16 and TF32 tensor cores', url: 'https://www.nvidia.com/en-us/data-center/ampere-architecture/' },
  ],
  check(ctx) {
    const oldGpus: { gpu: string; scope?: Field }[] = [];
    for (const c of ctx.doc.comments) {
      if (AMPERE_PLUS.test(c.text)) return;
      // "use fp16 on V100", "if you have a T4, set fp16": the author already handles the old GPU.
      if (ALTERNATIVE.test(c.text)) continue;
      const gpu = PRE_AMPERE.exec(c.text)?.[1];
      if (gpu) oldGpus.push({ gpu, scope: sectionAround(ctx.fields, c.range[0]) });
    }
    if (oldGpus.length === 0) return;
    for (const f of bf16Switches(ctx.fields)) {
      // A comment inside one block speaks of that block: a hardware profile for the old GPU beside one for a new GPU
      // (`local:  # TITAN RTX` with fp16, `cloud:` with bf16) says nothing of the other profile's switch.
      const gpu = oldGpus.find((g) => !g.scope || isUnder(f.path, g.scope.path))?.gpu;
      if (!gpu) continue;
      ctx.report({
        field: f,
        message: `${f.normalized === 'tf32' ? 'TF32' : 'bfloat16'} needs an Ampere or newer GPU, but a comment names the ${gpu}.`,
        explanation:
          `${fieldName(f)} turns on ${f.normalized === 'tf32' ? 'TF32' : 'bfloat16'} math, which needs compute capability 8.0 (A100, RTX 30xx and newer); the ${gpu} named in this file's comments does not have it. HF Trainer refuses to start ("Your setup doesn't support bf16/gpu ... You need Ampere+ GPU"), and other trainers fail or fall back to slow emulation. ` +
          'Use `fp16` mixed precision on this GPU (with loss scaling), or run on Ampere-class hardware and update the comment.',
      });
    }
  },
});

/** The innermost block (a field whose value is a mapping) whose text holds `offset`, if any. */
function sectionAround(fields: readonly Field[], offset: number): Field | undefined {
  let best: Field | undefined;
  for (const f of fields) {
    if (f.value.kind !== 'map' || f.entry.origin !== 'explicit') continue;
    const [start, end] = f.entry.range;
    if (offset < start || offset >= end) continue;
    if (!best || start >= best.entry.range[0]) best = f;
  }
  return best;
}

/** Fields that switch bfloat16 (or TF32) on: `bf16: true`, DeepSpeed `bf16.enabled`, Lightning `precision: bf16-mixed`. */
function bf16Switches(fields: readonly Field[]): Field[] {
  const out: Field[] = [];
  for (const f of fields) {
    if (['bf16', 'bf16_full_eval', 'tf32', 'use_bf16'].includes(f.normalized) && bool(f) === true) out.push(f);
    else if (f.normalized === 'enabled' && f.parent?.normalized === 'bf16' && bool(f) === true) out.push(f);
    else if (['precision', 'mixed_precision', 'dtype', 'torch_dtype'].includes(f.normalized) && /^(?:bf16|bfloat16)(?:[-_](?:mixed|true))?$/.test(str(f) ?? '')) out.push(f);
  }
  return out;
}
