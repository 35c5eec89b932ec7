/**
 * Numeric ranges as frameworks document them: `[0, 1)`, `(0, 1]`, `[0, inf)`. One type so range
 * rules check and describe bounds the same way.
 */
export interface Interval {
  readonly min?: number;
  readonly max?: number;
  /** The lower bound itself is excluded. */
  readonly minOpen?: boolean;
  /** The upper bound itself is excluded. */
  readonly maxOpen?: boolean;
}

export function inInterval(value: number, interval: Interval): boolean {
  if (Number.isNaN(value)) return false;
  const { min, max, minOpen, maxOpen } = interval;
  if (min !== undefined && (minOpen ? value <= min : value < min)) return false;
  if (max !== undefined && (maxOpen ? value >= max : value > max)) return false;
  return true;
}

/** `[0, 1)`, `(0, inf)` — the notation the frameworks' own docs use. */
export function describeInterval(interval: Interval): string {
  const lo = interval.min === undefined ? '(-inf' : `${interval.minOpen ? '(' : '['}${interval.min}`;
  const hi = interval.max === undefined ? 'inf)' : `${interval.max}${interval.maxOpen ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}
