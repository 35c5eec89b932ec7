/** A path with `/` separators, as mlconfig shows paths and matches settings globs on every platform. */
import { basename, relative, sep } from 'node:path';

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** A file as evidence names it: relative to the folder paths are shown from, or by its name when it is that folder. */
export const shownPath = (path: string, displayBase: string): string => toPosix(relative(displayBase, path)) || basename(path);
