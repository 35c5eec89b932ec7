/**
 * The name a key misspells, among those the project's code reads (see rules/misspelled-key.ts): shared with
 * unread-key, which leaves such a key to misspelled-key's finding and its rename.
 */
import { editDistance } from './suggest.js';
import { wordsOf } from '../model/code-words.js';
import type { CodeVocabulary } from '../model/training-run.js';
import { knownFrameworkKeys, knownWords } from './known-words.js';

/** A key a program can read by name: letters, digits, `_` and `-`, not starting with `_` (`_comment`, `_target_`). */
const READABLE_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Misspelt and intended words are both this long at least: `lr`/`wd` or `val`/`eval` are other settings, not typos. */
const MIN_WORD = 5;

/** Per vocabulary, its names by their words with one word left out (`scheduler_\0_fraction` → names). */
const INDEXES = new WeakMap<CodeVocabulary, Map<string, string[]>>();

export interface Intended {
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
 * The name the code reads that the key writes in another case (`SEED` where Lornatang's SwinIR scripts read
 * `config["seed"]`): Python's dictionaries and attributes tell them apart. Undefined where the code names the key as
 * written, or a case-insensitive settings library (Dynaconf) reads it.
 */
export function otherCaseName(key: string, vocabulary: CodeVocabulary): { readonly name: string; readonly script: string } | undefined {
  if (!READABLE_KEY.test(key) || vocabulary.exactNames.has(key) || vocabulary.exactNames.has(key.replace(/-/g, '_'))) return undefined;
  if (vocabulary.words.has('dynaconf')) return undefined;
  const read = vocabulary.names.get(key.toLowerCase()) ?? vocabulary.names.get(key.toLowerCase().replace(/-/g, '_'));
  return read !== undefined && read.name !== key ? read : undefined;
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
