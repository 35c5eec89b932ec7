/**
 * The default, human format: one line per finding as `file:line:column  severity  message  rule-id`
 * (so terminals and editors can jump to it), files separated by a blank line, and a summary.
 * Each file's block depends on that file alone, so `mlconfig check` can print the blocks as files
 * finish (see StylishStream) and print exactly what `stylish` returns for the whole run.
 */
import { colors, type Colors } from '../output.js';
import type { FileResult } from '../results.js';
import { plural, severityWord, summarySentence, totals, type Totals } from './summary.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (results, ctx) => {
  const c = colors(ctx.color);
  const blocks = results.map((r) => stylishBlock(r, c)).filter((b): b is string => b !== undefined);
  const t = totals(results);
  return t.problems === 0 ? stylishSummary(t, c) : `${blocks.join('\n\n')}\n\n${stylishSummary(t, c)}`;
};

/** One file's lines, or undefined for a file without findings. */
export function stylishBlock(r: FileResult, c: Colors): string | undefined {
  if (r.diagnostics.length === 0) return undefined;
  const rows = r.diagnostics.map((d) => {
    const where = `${r.relativePath}:${d.line}:${d.column}`;
    const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warn' ? c.yellow('warning') : c.blue('info');
    return { where, sev, plainSev: severityWord(d.severity), message: d.message, rule: c.dim(d.ruleId) };
  });
  const whereWidth = Math.max(...rows.map((x) => x.where.length));
  const sevWidth = Math.max(...rows.map((x) => x.plainSev.length));
  return rows.map((x) => `${c.underline(x.where)}${' '.repeat(whereWidth - x.where.length)}  ${x.sev}${' '.repeat(sevWidth - x.plainSev.length)}  ${x.message}  ${x.rule}`).join('\n');
}

/** The closing lines: the summary sentence, and how many findings `--fix` would fix. */
export function stylishSummary(t: Totals, c: Colors): string {
  if (t.problems === 0) return `${c.bold(`✔ ${summarySentence(t)}`)}\n`;
  const summary = `✖ ${summarySentence(t)}`;
  const fixLine = t.fixable > 0 ? `\n  ${plural(t.fixable, 'problem')} can be fixed automatically with \`mlconfig check --fix\`.` : '';
  const head = t.errors > 0 ? c.red(c.bold(summary)) : t.warnings > 0 ? c.yellow(c.bold(summary)) : c.bold(summary);
  return `${head}${fixLine}\n`;
}

/** Text gathered before one write: a write per file cost a warm `--cache` run on 2,000 files 40 ms of system calls. */
const FLUSH_AT = 64 * 1024;

/**
 * Prints the stylish report file by file, in the order of the files, as their results come in (in
 * any order), so a large run need not hold every finding until the end; the text goes out in writes of
 * about 64 KB and at the end. `add` returns what is left to keep of a result: its counts, for the summary
 * and the exit code.
 */
export class StylishStream {
  private readonly pending = new Map<number, FileResult | null>();
  private next = 0;
  private printedBlocks = 0;
  private buffered = '';

  constructor(
    private readonly write: (text: string) => void,
    private readonly c: Colors,
  ) {}

  add(index: number, result: FileResult | null): void {
    this.pending.set(index, result);
    while (this.pending.has(this.next)) {
      const r = this.pending.get(this.next)!;
      this.pending.delete(this.next);
      this.next++;
      const block = r ? stylishBlock(r, this.c) : undefined;
      if (block === undefined) continue;
      this.buffered += this.printedBlocks > 0 ? `\n\n${block}` : block;
      this.printedBlocks++;
      if (this.buffered.length >= FLUSH_AT) this.flush();
    }
  }

  private flush(): void {
    if (this.buffered === '') return;
    this.write(this.buffered);
    this.buffered = '';
  }

  /** The summary, once every file was added. */
  end(results: readonly FileResult[]): void {
    const t = totals(results);
    this.buffered += t.problems === 0 ? stylishSummary(t, this.c) : `\n\n${stylishSummary(t, this.c)}`;
    this.flush();
  }
}
