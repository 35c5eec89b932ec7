/**
 * Turns a tool's "config as a path or as text" input into something to lint, and says clearly what
 * is wrong with the input when it cannot be used: a tool error the model can correct and retry,
 * never an exception that reaches the transport.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { formatFromPath, type ConfigFormat } from '@mlconfig/core';
import { DEFAULT_MAX_FILE_SIZE } from '../io/read-config.js';

/** Bad tool input: becomes an `isError` result with this message. */
export class ToolInputError extends Error {
  override name = 'ToolInputError';
}

export type TextFormat = Exclude<ConfigFormat, 'js'>;
export const TEXT_FORMATS: readonly TextFormat[] = ['yaml', 'json', 'jsonc', 'toml'];

export interface ConfigInput {
  readonly path?: string;
  readonly text?: string;
  readonly format?: TextFormat;
  readonly filename?: string;
}

export type ResolvedInput =
  | { readonly kind: 'path'; readonly absolutePath: string; readonly isDirectory: boolean; /** Undefined for a folder. */ readonly format?: TextFormat }
  | { readonly kind: 'text'; readonly text: string; readonly format: TextFormat; readonly filename?: string };

export function resolveInput(input: ConfigInput, cwd: string, allowDirectory: boolean): ResolvedInput {
  const hasPath = typeof input.path === 'string' && input.path.trim() !== '';
  const hasText = typeof input.text === 'string';
  if (hasPath === hasText) throw new ToolInputError('Give exactly one of `path` (a config file on disk, preferably an absolute path) or `text` (the config itself, with `format`).');
  if (hasPath) {
    const absolutePath = isAbsolute(input.path!) ? input.path! : resolve(cwd, input.path!);
    if (!existsSync(absolutePath)) throw new ToolInputError(`No file or folder at ${absolutePath}. Pass an absolute path (the server's working folder is ${cwd}).`);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolutePath).isDirectory();
    } catch (err) {
      throw new ToolInputError(`${absolutePath} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
    }
    if (isDirectory && !allowDirectory) throw new ToolInputError(`${absolutePath} is a folder; pass one config file.`);
    if (isDirectory) return { kind: 'path', absolutePath, isDirectory };
    const format = formatFromPath(absolutePath);
    if (!format || format === 'js') throw new ToolInputError(`${absolutePath}: unsupported file type ${extname(absolutePath) || '(no extension)'}; mlconfig reads YAML, JSON and TOML configs.`);
    return { kind: 'path', absolutePath, isDirectory, format };
  }
  const text = input.text!;
  if (Buffer.byteLength(text, 'utf8') > DEFAULT_MAX_FILE_SIZE) throw new ToolInputError('The text is larger than 10 MiB; training configs are small. Pass the file path instead.');
  const fromName = input.filename ? formatFromPath(input.filename) : undefined;
  const format = input.format ?? (fromName && fromName !== 'js' ? fromName : undefined);
  if (!format) throw new ToolInputError('Say which format the text is in: `format` = yaml, json, jsonc or toml (or a `filename` with that extension).');
  return { kind: 'text', text, format, ...(input.filename ? { filename: input.filename } : {}) };
}
