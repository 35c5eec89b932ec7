/**
 * The words a name is made of, so that a misspelt config key can be told from a name the code reads (see
 * rules/misspelled-key.ts): `scheduler_warmup_fraction`, `schedulerWarmupFraction` and `scheduler-warmup-fraction` are
 * all the words scheduler, warmup and fraction.
 */

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
const SEPARATORS = /[_\-\s.]+/;

/** The lower-cased words of a name, split at underscores, hyphens, dots and camelCase boundaries. */
export function wordsOf(name: string): string[] {
  return name.replace(CAMEL_BOUNDARY, '$1_$2').toLowerCase().split(SEPARATORS).filter((w) => w.length > 0);
}

/**
 * Every word of every identifier in a text, strings included (a key built as `f"{phase}_warmup"` uses `warmup`), and
 * each part between underscores whole as well (`AdamW` is `adamw` besides `adam` and `w`).
 */
export function codeWords(code: string, into: Set<string> = new Set()): Set<string> {
  // A script names the same few hundred identifiers over and over (`self`, `x`, `config`): each is split once.
  const seen = new Set<string>();
  for (const m of code.matchAll(IDENTIFIER)) {
    const identifier = m[0];
    if (seen.has(identifier)) continue;
    seen.add(identifier);
    for (const w of wordsOf(identifier)) into.add(w);
    for (const part of identifier.toLowerCase().split('_')) if (part.length > 0) into.add(part);
  }
  return into;
}
