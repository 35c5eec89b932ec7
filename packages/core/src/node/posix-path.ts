/** A path with `/` separators, as mlconfig shows paths and matches settings globs on every platform. */
import { sep } from 'node:path';

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));
