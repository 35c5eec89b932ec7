import { UNREAD_KEY_REFERENCES } from '../rule-kit/project-code.js';
import { defineRule, type Fix, type RuleContext } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { editDistance } from '../rule-kit/suggest.js';
import { wordsOf } from '../model/code-words.js';
import { looksLikeTrainingConfig } from '../classify/training-config.js';
import type { CodeVocabulary } from '../model/training-run.js';
import type { Field } from '../classify/classify.js';
import { knownFrameworkKeys, knownWords } from '../rule-kit/known-words.js';

/** A key a program can read by name: letters, digits, `_` and `-`, not starting with `_` (`_comment`, `_target_`). */
const READABLE_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Misspelt and intended words are both this long at least: `lr`/`wd` or `val`/`eval` are other settings, not typos. */
const MIN_WORD = 5;

/** Per vocabulary, its names by their words with one word left out (`scheduler_\0_fraction` → names). */
const INDEXES = new WeakMap<CodeVocabulary, Map<string, string[]>>();

/**
 * A key that the project's code never reads, while it reads a name that differs from it in one word by one letter, a
 * word the code never uses: calm-pde's `scheduler_warumup_fraction` (twice) and `scheudler_warmup_fraction`, beside
 * training scripts that read `scheduler_warmup_fraction`. YAML and a dictionary take any key; the program falls back to
 * its default (`cfg.get(...)`) or to nothing, and the value written never reaches training.
 *
 * Only where the project's whole Python code was read (a repository's top reached, every folder and script readable):
 * a script not read could name the key. A word the code uses anywhere, in a name or a string (`epoches` read as
 * `cfg.num_epoches`), or one that frameworks use in their keys, is a spelling on purpose. Words with digits
 * (`conv1`/`conv2`), short words and a plural beside its singular are other settings, not typos, and the keys of a
 * section the code goes through entry by entry (`cfg.class_weights.items()`) are data. In a file a framework with a known schema reads,
 * a near-miss of that framework's key is unknown-key's finding.
 */
export default defineRule({
  id: 'misspelled-key',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a key the project's code never reads when it reads a name one letter away (a misspelt key is silently ignored)",
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: UNREAD_KEY_REFERENCES,
  check(ctx) {
    const vocabulary = ctx.scripts.codeVocabulary;
    if (vocabulary === undefined || !looksLikeTrainingConfig(ctx.fields, ctx.frameworks)) return;
    const withSchema = ctx.frameworks.length > 0;
    for (const field of ctx.fields) {
      // The keys of a section the code goes through entry by entry are data (`class_weights: {backgroud: 1.0}`).
      if (field.parent !== undefined && vocabulary.iterated.has(field.parent.name.toLowerCase())) continue;
      // Hydra reads its own settings (`hydra: {output_subdir: null}`) and the defaults list.
      if (field.path[0] === 'hydra' || field.path[0] === 'defaults') continue;
      const intended = intendedName(field.name, vocabulary);
      if (intended === undefined) continue;
      // In a framework's file, the framework's own keys are unknown-key's to check against its schema.
      if (withSchema && knownFrameworkKeys().has(intended.name.toLowerCase())) continue;
      report(ctx, field, intended);
    }
  },
});

interface Intended {
  readonly name: string;
  readonly script: string;
  readonly misspelt: string;
  readonly word: string;
}

/** The name the code reads that the key misspells, when there is exactly one (see the rule's comment). */
export function intendedName(key: string, vocabulary: CodeVocabulary): Intended | undefined {
  if (!READABLE_KEY.test(key)) return undefined;
  const lower = key.toLowerCase();
  if (vocabulary.names.has(lower) || vocabulary.names.has(lower.replace(/-/g, '_'))) return undefined;
  if (knownFrameworkKeys().has(lower)) return undefined;
  const words = wordsOf(key);
  const index = indexOf(vocabulary);
  let found: Intended | undefined;
  for (let i = 0; i < words.length; i++) {
    const misspelt = words[i]!;
    if (misspelt.length < MIN_WORD || /[0-9]/.test(misspelt) || vocabulary.words.has(misspelt) || knownWords().has(misspelt)) continue;
    for (const candidate of index.get(slotKey(words, i)) ?? []) {
      const word = wordsOf(candidate)[i]!;
      // A different first letter makes another word (`patch_size` beside `batch_size`), seldom a typo.
      if (word.length < MIN_WORD || /[0-9]/.test(word) || word[0] !== misspelt[0] || editDistance(misspelt, word, 1) !== 1 || inflected(misspelt, word)) continue;
      const known = vocabulary.names.get(candidate)!;
      // Two names the key could mean: which one is not known.
      if (found !== undefined && found.name.toLowerCase() !== candidate) return undefined;
      found = { name: known.name, script: known.script, misspelt, word };
    }
  }
  return found;
}

/**
 * One word is the other with an `s` added (`gamma`/`gammas`, `encoder`/`encoders`): both are words, and a library that
 * takes the section whole (`MultiStepLR(**cfg.scheduler)`) may read the one the project's code never names.
 */
function inflected(a: string, b: string): boolean {
  return a === `${b}s` || b === `${a}s`;
}

function indexOf(vocabulary: CodeVocabulary): Map<string, string[]> {
  let index = INDEXES.get(vocabulary);
  if (index !== undefined) return index;
  index = new Map();
  for (const name of vocabulary.names.keys()) {
    const words = wordsOf(name);
    for (let i = 0; i < words.length; i++) {
      const slot = slotKey(words, i);
      const names = index.get(slot);
      if (names === undefined) index.set(slot, [name]);
      else names.push(name);
    }
  }
  INDEXES.set(vocabulary, index);
  return index;
}

function slotKey(words: readonly string[], at: number): string {
  return words.map((w, i) => (i === at ? '\u0000' : w)).join('_');
}

function report(ctx: RuleContext<object>, field: Field, intended: Intended): void {
  const key = field.name;
  const rename: Fix = { description: `Rename to \`${intended.name}\``, edits: [replaceScalar(field.key, intended.name)] };
  ctx.report({
    field,
    on: 'key',
    message: `No script of the project reads \`${key}\` (did you mean \`${intended.name}\`?).`,
    explanation:
      `${fieldName(field)} is named nowhere in the project's Python code, which reads \`${intended.name}\` (in ${intended.script}) and never uses the word \`${intended.misspelt}\`, one letter away from \`${intended.word}\`. ` +
      'A YAML or JSON file and the dictionary it loads into take any key: the program asks for the name it knows and gets its default, or fails with a KeyError or AttributeError when it gets there; either way the value written here never reaches training. ' +
      `Rename the key to \`${intended.name}\`; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line misspelled-key\` comment.`,
    suggestions: [rename],
  });
}
