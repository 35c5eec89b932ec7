/**
 * Where a script takes an optimizer or a learning-rate scheduler class from `torch.optim` by a value of its config:
 * `getattr(torch.optim, cfg.SOLVER.OPTIMIZER_NAME)` (research-ms-loss), `getattr(optim, opt.name)` after `from torch
 * import optim` (ROADMAP), `getattr(lr_scheduler, config.name)`. The value must then be the class's name exactly as
 * PyTorch spells it: `getattr(torch.optim, "Adamw")` fails with an AttributeError when training starts.
 *
 * Only a call with two arguments whose second is read from a config (an attribute or subscript chain with no call in
 * it) counts: a default (`getattr(optim, name, None)`), a bare variable, which code before it may have mapped, and
 * `cfg.name.lower()` say nothing about the file.
 */

import { lastKeyOf } from './python-call.js';

export type TorchClassKind = 'optimizer' | 'scheduler';

export interface TorchClassLookup {
  readonly kind: TorchClassKind;
  /** The config key whose value names the class: the chain's last name (`OPTIMIZER_NAME`, `name`, `optimizer_type`). */
  readonly key: string;
  /** The call as written, for explanations. */
  readonly call: string;
}

const CHAIN = String.raw`[A-Za-z_]\w*(?:\s*(?:\.\s*[A-Za-z_]\w*|\[\s*(?:'[^'\n]*'|"[^"\n]*")\s*\]))+`;
const GETATTR = new RegExp(String.raw`\bgetattr\(\s*((?:torch\s*\.\s*)?optim(?:\s*\.\s*lr_scheduler)?|lr_scheduler)\s*,\s*(${CHAIN})\s*\)`, 'g');
/** `optim` and `lr_scheduler` are torch's only when imported so. */
const OPTIM_IMPORT = /^[ \t]*(?:from[ \t]+torch[ \t]+import[ \t]+[^\n]*\boptim\b|import[ \t]+torch\.optim[ \t]+as[ \t]+optim\b)/m;
const SCHEDULER_IMPORT = /^[ \t]*(?:from[ \t]+torch\.optim[ \t]+import[ \t]+[^\n]*\blr_scheduler\b|import[ \t]+torch\.optim\.lr_scheduler[ \t]+as[ \t]+lr_scheduler\b)/m;

export function torchClassLookups(code: string): TorchClassLookup[] {
  if (!code.includes('getattr')) return [];
  const out: TorchClassLookup[] = [];
  for (const m of code.matchAll(GETATTR)) {
    const module = m[1]!.replace(/\s+/g, '');
    const kind: TorchClassKind = module.endsWith('lr_scheduler') ? 'scheduler' : 'optimizer';
    if (module === 'optim' && !OPTIM_IMPORT.test(code)) continue;
    if (module === 'optim.lr_scheduler' && !OPTIM_IMPORT.test(code)) continue;
    if (module === 'lr_scheduler' && !SCHEDULER_IMPORT.test(code)) continue;
    const key = lastKeyOf(m[2]!)?.key;
    if (key === undefined) continue;
    out.push({ kind, key, call: m[0].replace(/\s+/g, ' ') });
  }
  return out;
}
