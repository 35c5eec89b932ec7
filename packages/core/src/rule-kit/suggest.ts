/**
 * "Did you mean" for key names: the closest known name by optimal-string-alignment distance
 * (Levenshtein plus adjacent transpositions, the typo model ESLint and TypeScript use), allowed
 * to differ more for longer names so `lr` never "corrects" to `wd`.
 */

/** Edit distance with adjacent transpositions; stops early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2: number[] = new Array<number>(cols).fill(0);
  let prev: number[] = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur: number[] = new Array<number>(cols).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1];
}

/** How many edits a name of this length may have and still count as a typo. */
export function typoBudget(name: string): number {
  if (name.length < 4) return 0;
  if (name.length < 10) return 1;
  return 2;
}

/**
 * The known name closest to `name`, if it is close enough to be a typo. Ties go to the name listed
 * first, so callers list the canonical spelling before aliases.
 */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  const budget = typoBudget(name);
  if (budget === 0) return undefined;
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of known) {
    if (candidate === name) return undefined;
    const d = editDistance(name, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
