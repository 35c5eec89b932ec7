/**
 * "Did you mean": the known name closest to an unknown one, when it is close enough to be a typo.
 * Spelling variants of the same name (`learningRate`, `LEARNING_RATE`, `learning-rate`) count as
 * the same name; otherwise the edit distance (with transpositions) must be at most 2, and at most a
 * third of the name's length, so short names only match one edit away.
 */
import { normalizeKey } from '../classify/normalize.js';

export function closestName(unknown: string, known: Iterable<string>): string | undefined {
  const target = unknown.toLowerCase();
  const normalized = normalizeKey(unknown);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === unknown) continue;
    if (normalizeKey(candidate) === normalized) return candidate;
    const limit = Math.min(2, Math.floor(Math.max(target.length, candidate.length) / 3));
    if (limit === 0 || Math.abs(candidate.length - target.length) > limit) continue;
    const d = editDistance(target, candidate.toLowerCase(), limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
