import { lint } from '../src/index.js';
import type { ScriptFacts } from '../src/model/training-run.js';

/**
 * Lints `text` as `configs/quick_schedules/child.yaml` with only `rule` on, serving the files of `tree` (paths from
 * `configs/`) as the CLI's reader would: each reference resolved from `configs/quick_schedules/`. Returns the rule's
 * findings and the references asked for.
 */
export function lintWithBases(rule: string, text: string, tree: Record<string, string> = {}, scripts?: ScriptFacts) {
  const requested: { reference: string; besideOnly: boolean }[] = [];
  const result = lint(text, {
    format: 'yaml',
    filePath: 'configs/quick_schedules/child.yaml',
    settings: { extends: [], rules: { [rule]: 'error' } },
    ...(scripts ? { scripts } : {}),
    readRelated: (reference, _from, options) => {
      requested.push({ reference, besideOnly: options?.besideOnly === true });
      const parts = ['quick_schedules'];
      for (const s of reference.split('/')) if (s === '..') parts.pop(); else parts.push(s);
      const path = parts.join('/');
      return tree[path] !== undefined ? { text: tree[path]!, filePath: `configs/${path}` } : undefined;
    },
  });
  return { diagnostics: result.diagnostics.filter((d) => d.ruleId === rule), requested };
}

/** A model-zoo style root base: 90k iterations with drops at 60k and 80k, and no warmup. */
export const ZOO_BASE = 'MODEL:\n  META_ARCHITECTURE: "GeneralizedRCNN"\n  BACKBONE:\n    NAME: "build_resnet_fpn_backbone"\nSOLVER:\n  IMS_PER_BATCH: 16\n  BASE_LR: 0.02\n  STEPS: (60000, 80000)\n  MAX_ITER: 90000\n';
