/**
 * Reads a config file as text, turning every way that can fail into a clear, positioned diagnostic:
 * missing (vanished while linting), a broken or looping symbolic link, unreadable, a folder, not a
 * regular file (a FIFO would block the read forever), too large, binary, not UTF-8.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { LineIndex, PARSE_ERROR, decodeConfigBytes, type Diagnostic } from '@mlconfig/core';
import { fileDiagnostic } from '../results.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
export const READ_ERROR = 'read-error';

export type ReadOutcome = { readonly text: string; readonly diagnostic?: undefined } | { readonly text?: undefined; readonly diagnostic: Diagnostic };

export function readConfig(absolutePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadOutcome {
  let bytes: Buffer;
  try {
    const stat = statSync(absolutePath);
    if (!stat.isFile() && !stat.isDirectory()) {
      return {
        diagnostic: fileDiagnostic(READ_ERROR, 'error', `This is not a regular file (${specialFileKind(stat)}); it was not read.`,
          'mlconfig reads config files from disk; pipes, sockets and devices may never end, so they are skipped. Save the config to a file and check that file.'),
      };
    }
    const size = stat.size;
    if (size > maxFileSize) {
      return {
        diagnostic: fileDiagnostic(READ_ERROR, 'error', `File is ${formatBytes(size)}, larger than the ${formatBytes(maxFileSize)} limit; it was not checked.`,
          'Training configs are small; a file this large is usually data or a checkpoint. Exclude it with `ignores`, or raise `maxFileSize` in the settings if it really is a config.'),
      };
    }
    bytes = readFileSync(absolutePath);
  } catch (err) {
    return { diagnostic: fileDiagnostic(READ_ERROR, 'error', readFailure(err as NodeJS.ErrnoException, absolutePath), 'mlconfig could not read this file, so nothing in it was checked. The other files were checked as usual.') };
  }
  const decoded = decodeConfigBytes(bytes);
  if (decoded.text !== undefined) return { text: decoded.text };
  const offset = decoded.error.byteOffset;
  // Position the error: everything before the bad byte is valid text.
  const before = new TextDecoder().decode(bytes.subarray(0, Math.max(0, offset)));
  const pos = new LineIndex(before).positionAt(before.length);
  const binary = decoded.error.message.includes('NUL');
  return {
    diagnostic: fileDiagnostic(binary ? READ_ERROR : PARSE_ERROR, 'error', decoded.error.message, binary
      ? 'mlconfig reads text configs (YAML, JSON, TOML); this file looks binary, so it was skipped.'
      : 'Config loaders read UTF-8 and fail on this byte. Re-save the file as UTF-8.', pos.line, pos.column),
  };
}

function readFailure(err: NodeJS.ErrnoException, absolutePath: string): string {
  switch (err.code) {
    case 'ENOENT':
      return isSymbolicLink(absolutePath)
        ? 'The file is a symbolic link whose target does not exist.'
        : 'File not found (it may have been deleted or moved while mlconfig was running).';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: the file is not readable.';
    case 'EISDIR':
      return 'This is a folder, not a file.';
    case 'ELOOP':
      return 'The file is a symbolic link in a loop (it leads back to itself).';
    default:
      return `The file could not be read (${err.code ?? err.message}).`;
  }
}

function isSymbolicLink(absolutePath: string): boolean {
  try {
    return lstatSync(absolutePath).isSymbolicLink();
  } catch {
    return false;
  }
}

function specialFileKind(stat: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'a special file';
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
