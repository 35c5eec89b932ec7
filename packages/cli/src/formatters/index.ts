import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatContext } from './types.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json };

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
