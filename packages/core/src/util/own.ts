/**
 * A record's own entry for a key that comes from outside: a config's key or value, a script's text, a command-line
 * word. `record[key]` on a plain object also finds what every object inherits, so a config key named `toString` or
 * `constructor` would read as a function (a Ludwig scheduler's `toString: 7` once made `unknown-key` fail).
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
