/**
 * The `mlconfig` command: dispatches to a subcommand and turns every expected failure into a
 * message and an exit code (2 for usage, settings and internal errors), never a stack trace.
 */
import { check, CHECK_HELP } from './commands/check.js';
import { classify } from './commands/classify.js';
import { explain } from './commands/explain.js';
import { init } from './commands/init.js';
import { rules } from './commands/rules.js';
import { types } from './commands/types.js';
import { SettingsFileError, UsageError } from './errors.js';
import { mcp } from './mcp/command.js';
import { processIo, type Io } from './io/io.js';
import { VERSION } from './version.js';

export const HELP = `mlconfig ${VERSION} — lint machine-learning training configs

Usage: mlconfig <command> [options]

Commands:
  check [paths...]     Lint training configs (the default command)
  classify <file>      Show each field's kind (hyperparameter / learned parameter) and concept
  explain <rule>       Explain a rule
  rules                List the rules
  types [schemas...]   Generate TypeScript interfaces from JSON Schemas
  init                 Write a starter .mlconfigrc.yaml for the project in this folder
  mcp                  Start the MCP server on stdio, for chat assistants

Run \`mlconfig <command> --help\` for a command's options.

${CHECK_HELP}`;

type Command = (argv: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = { check, classify, explain, rules, types, init, mcp };

/**
 * Whether `main(argv)` lints files (`check`, also when given paths alone, and `classify`). The bin
 * keeps V8's compiled code of the bundle only after such a run: a cache written by `--version`
 * would leave every later check compiling the engine again.
 */
export function lintsFiles(argv: readonly string[]): boolean {
  const [first] = argv;
  if (first === '--version' || first === '-v' || first === 'help' || argv.includes('--help') || argv.includes('-h')) return false;
  const command = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  return command === undefined || command === check || command === classify;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(HELP);
    return 0;
  }
  const command = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  // Like ESLint, paths alone mean "check them".
  const [run, args] = command ? [command, rest] : [check, argv];
  if (!command && first !== undefined && !first.startsWith('-') && /^[a-z]+$/.test(first) && !first.includes('.')) {
    const { existsSync } = await import('node:fs');
    if (!existsSync(first)) {
      io.stderr(`mlconfig: unknown command "${first}". Run \`mlconfig --help\` for the commands.\n`);
      return 2;
    }
  }
  try {
    return await run(args, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`mlconfig: ${usageMessage(err as Error & { code?: string })}\nRun \`mlconfig --help\` for usage.\n`);
      return 2;
    }
    if (err instanceof SettingsFileError) {
      io.stderr(`mlconfig: ${err.message}\n`);
      return 2;
    }
    // A file the command itself must open or write (`--output-file` in a missing folder, say): the
    // system's one-line reason is the message; a stack trace would only hide it.
    if (isFileSystemError(err)) {
      io.stderr(`mlconfig: ${err.message.replace(/[.\s]*$/, '')}.\n`);
      return 2;
    }
    throw err;
  }
}

/** node:util parseArgs explains unknown options at length (and with an unbalanced quote); say it briefly. */
function usageMessage(err: Error & { code?: string }): string {
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']+)'/.exec(err.message)?.[1];
    if (option) return `Unknown option "${option}".`;
  }
  return err.message;
}

function isFileSystemError(err: unknown): err is NodeJS.ErrnoException & Error {
  const e = err as NodeJS.ErrnoException;
  return err instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string' && /^E[A-Z]+$/.test(e.code);
}
