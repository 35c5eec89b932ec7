/**
 * Multi-head attention written out head by head, as Karpathy's "Let's build GPT" lecture code and its many copies write
 * it (char-GPT's `models/`): each block floors the head size (`head_size = n_embd // n_head`), each head projects the
 * width to that size, and the heads' outputs, concatenated, are projected back (`nn.Linear(n_heads * head_size,
 * n_embd)`). A width the head count does not divide then leaves a few units out of attention, and nothing fails. A
 * script that tests the division (`n_embd % n_head`, in an `assert` or before a `raise`) or builds torch's
 * `nn.MultiheadAttention` needs it to divide.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and puts the project's answer together.
 */
import { withoutCommentLines } from './python-call.js';

export interface AttentionHeadSplit {
  /** Width and head-count names a head size is floored from, as `width//heads` (`n_embd//n_head`), sorted. */
  readonly floors: readonly string[];
  /** The script projects the concatenated heads back (`nn.Linear(n_heads * head_size, n_embd)`). */
  readonly projectsHeads: boolean;
  /** The script needs the width to divide: a `%` by a head count, or torch's `nn.MultiheadAttention`. */
  readonly needsDivisible: boolean;
}

/** `self.`/`config.` chains before a name, bounded so that a long chain cannot make a match backtrack. */
const OWNER = '(?:[A-Za-z_]\\w{0,40}\\s*\\.\\s*){0,4}';
/** `head_size = n_embd // n_head`, `self.head_size = config.n_embd // config.n_head`. */
const FLOORED = new RegExp(`\\b\\w{0,40}head_size\\w{0,40}\\s*=\\s*${OWNER}([A-Za-z_]\\w{0,60})\\s*\\/\\/\\s*${OWNER}([A-Za-z_]\\w{0,60})`, 'g');
/** `nn.Linear(n_heads * head_size, n_embd)` or `Linear(head_size * num_heads, ...)`. */
const HEADS_PROJECTED = new RegExp(
  `\\bLinear\\s*\\(\\s*(?:${OWNER}\\w{0,40}head\\w{0,40}\\s*\\*\\s*${OWNER}\\w{0,40}head_size\\w{0,40}|${OWNER}\\w{0,40}head_size\\w{0,40}\\s*\\*\\s*${OWNER}\\w{0,40}head\\w{0,40})\\s*,`,
);
/** `n_embd % n_head`, `% self.num_heads`, or torch's own multi-head attention. */
const NEEDS_DIVISIBLE = new RegExp(`%\\s*${OWNER}\\w{0,40}heads?\\b|\\bMultiheadAttention\\s*\\(`);

export function attentionHeadSplit(pythonText: string): AttentionHeadSplit {
  if (!pythonText.includes('head_size') && !pythonText.includes('MultiheadAttention')) return { floors: [], projectsHeads: false, needsDivisible: false };
  const code = withoutCommentLines(pythonText);
  const floors = new Set<string>();
  for (const m of code.matchAll(FLOORED)) if (/head/i.test(m[2]!)) floors.add(`${m[1]}//${m[2]}`);
  return { floors: [...floors].sort(), projectsHeads: HEADS_PROJECTED.test(code), needsDivisible: NEEDS_DIVISIBLE.test(code) };
}
