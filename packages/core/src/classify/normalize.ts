const cache = new Map<string, string>();

/**
 * Normalises a key for vocabulary look-ups: `learningRate`, `LEARNING_RATE`, `learning-rate` and
 * `Learning Rate` all become `learning_rate`. Dots are kept (state-dict names such as `fc.weight`),
 * and so is a trailing underscore (scikit-learn's fitted attributes such as `coef_`).
 */
export function normalizeKey(key: string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // A key written as its command-line flag (SimpleTuner's `config.json`: `"--learning_rate": 1e-4`) is that option.
  let k = key.trim().replace(/^-{1,2}(?=[A-Za-z])/, '');
  // camelCase → snake_case, but leave ALL_CAPS alone (lower-cased below).
  if (/[a-z][A-Z]/.test(k)) k = k.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  k = k.toLowerCase().replace(/[\s-]+/g, '_');
  if (cache.size > 50_000) cache.clear();
  cache.set(key, k);
  return k;
}
