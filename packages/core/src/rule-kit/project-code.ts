import { looksLikeTrainingConfig } from '../classify/training-config.js';
import type { CodeVocabulary } from '../model/training-run.js';
import type { RuleContext } from './types.js';

/** Why a key that no code names never reaches a program: the references of the rules that compare keys with the code. */
export const UNREAD_KEY_REFERENCES = [
  { title: 'Python dict.get: a missing key returns the default', url: 'https://docs.python.org/3/library/stdtypes.html#dict.get' },
  { title: 'OmegaConf: struct mode, which refuses keys the schema does not define', url: 'https://omegaconf.readthedocs.io/en/latest/usage.html#struct-flag' },
];

/**
 * What the project's whole Python code names, for a training config that only the project's own code reads: undefined
 * where the walk did not see the whole project, or a framework (Hydra aside, which only composes) reads the file and
 * takes keys the project never names.
 */
export function ownCodeVocabulary(ctx: RuleContext<object>): CodeVocabulary | undefined {
  const vocabulary = ctx.scripts.codeVocabulary;
  if (vocabulary === undefined || ctx.frameworks.some((f) => f.id !== 'hydra') || !looksLikeTrainingConfig(ctx.fields, ctx.frameworks)) return undefined;
  return vocabulary;
}
