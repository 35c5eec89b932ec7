import { isAbsolute, relative, sep } from 'node:path';

/** The linted file's path relative to ESLint's working directory, with `/` separators (as `mlconfig check` reports it). */
export function relativeFilePath(filename: string, cwd: string): string {
  if (!isAbsolute(filename)) return filename.split(sep).join('/');
  const rel = relative(cwd, filename);
  return (rel === '' || rel.startsWith('..') ? filename : rel).split(sep).join('/');
}
