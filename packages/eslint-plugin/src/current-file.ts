/**
 * What the plugin keeps for the file ESLint is linting now; the next file's value takes its place.
 *
 * ESLint lints one file at a time: it creates every rule for the file, then walks it. So one slot is
 * enough, and it is always correct: a value dropped early (another file verified in between) is
 * made again, and a batch made again gets a leader of its own (rule-factory.ts).
 *
 * Why not a WeakMap keyed by SourceCode, as before: an entry lives as long as its key, and V8's
 * young-generation collections cannot see that a SourceCode is dead while an old object still
 * points at it (ESLint makes each file's rule contexts with `Object.create(fileContext)`, so each
 * file gets a hidden class pointing at its context, and through it at the SourceCode). Every file's
 * document and analysis were then copied and promoted as if alive. Measured with --trace-gc-nvp on
 * `eslint` over the 2,000-file bench corpus: 447 MB promoted and 1,625 ms of scavenges with the
 * WeakMaps, 289-334 MB and 1,243-1,388 ms with this slot in three runs (ESLint with one rule that
 * does nothing: 277 MB).
 */
export class CurrentFile<V> {
  private sourceCode: object | undefined;
  private value: V | undefined;

  /** The value kept for this file, or, for another file, `make`'s, kept in place of the last one. */
  get(sourceCode: object, make: () => V): V {
    if (this.sourceCode !== sourceCode || this.value === undefined) {
      this.sourceCode = sourceCode;
      this.value = make();
    }
    return this.value;
  }
}
