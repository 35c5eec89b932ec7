/**
 * `mlconfig classify <file>`: every field with its kind (hyperparameter, learned parameter, other),
 * concept and evidence, plus the detected frameworks and loader; `--format json` for tools.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LineIndex, analyze, formatFromPath, toDotted } from '@mlconfig/core';
import { ConfigGroupLayout } from '@mlconfig/core/node';
import { UsageError } from '../errors.js';
import { readConfig } from '../io/read-config.js';
import type { Io } from '../io/io.js';
import { colors, useColor } from '../output.js';

export const CLASSIFY_HELP = `Usage: mlconfig classify [options] <file>

Print each field of a config with its kind (hyperparameter, learned-parameter, other), its concept
(learning-rate, batch-size, weights, ...) and the evidence for that decision.

Options:
  -f, --format <name>   text (default) or json
      --all             Also list fields of kind "other"
  -h, --help            Show this help
`;

export async function classify(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'text' }, all: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(CLASSIFY_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('classify expects exactly one file.');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Unknown format "${values.format}"; expected text or json.`);
  const file = resolve(io.cwd, positionals[0]);
  const format = formatFromPath(file);
  if (!format || format === 'js') throw new UsageError(`${positionals[0]}: unsupported file type; mlconfig classify reads YAML, JSON and TOML.`);
  const read = readConfig(file);
  if (read.diagnostic) {
    io.stderr(`${positionals[0]}:${read.diagnostic.line}:${read.diagnostic.column}: ${read.diagnostic.message}\n`);
    return 1;
  }
  const fromLayout = new ConfigGroupLayout([io.cwd]).analyzeOptionsOf(file, io.cwd);
  const result = analyze(read.text, { format, filePath: positionals[0], ...fromLayout });
  if (!result.analysis) {
    const p = result.problems[0];
    const pos = new LineIndex(result.text).positionAt(p?.range[0] ?? 0);
    io.stderr(`${positionals[0]}:${pos.line}:${pos.column}: could not parse: ${p?.message ?? 'unknown error'}\n`);
    return 1;
  }
  const { analysis } = result;
  const fields = analysis.fields.filter((f) => values.all || f.kind !== 'other');
  // Why lr-without-schedule says nothing of a file that names no schedule: the project's scripts build one.
  const scheduleEvidence = analysis.runs.find((r) => r.schedule.source === 'scripts')?.schedule.scriptEvidence;
  if (values.format === 'json') {
    const out = {
      file: positionals[0],
      format,
      loader: analysis.loader.id,
      ...(analysis.loaderEvidence ? { loaderEvidence: analysis.loaderEvidence } : {}),
      frameworks: analysis.frameworks.map((f) => ({ id: f.id, name: f.name, evidence: f.evidence })),
      ...(scheduleEvidence ? { scheduleEvidence } : {}),
      fields: fields.map((f) => {
        const pos = analysis.lines.positionAt(f.key.range[0]);
        return { path: toDotted(f.path), pointer: f.pointer, line: pos.line, column: pos.column, kind: f.kind, ...(f.concept ? { concept: f.concept } : {}), shape: f.shape, evidence: f.evidence };
      }),
    };
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const c = colors(useColor({ isTTY: io.isTTY }, io.env));
  const lines: string[] = [];
  lines.push(`${c.bold(positionals[0])}  (${format}, read as ${analysis.loader.name}${analysis.loaderEvidence ? `: ${analysis.loaderEvidence}` : ''})`);
  lines.push(`frameworks: ${analysis.frameworks.length > 0 ? analysis.frameworks.map((f) => f.name).join(', ') : 'none detected'}`);
  if (scheduleEvidence) lines.push(`schedule: none in the file; the project's scripts build one (${scheduleEvidence})`);
  lines.push('');
  const rows = fields.map((f) => {
    const pos = analysis.lines.positionAt(f.key.range[0]);
    return [`${pos.line}:${pos.column}`, toDotted(f.path), f.kind, f.concept ?? '-'];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 0));
  for (const r of rows) {
    const kind = r[2] === 'learned-parameter' ? c.red(r[2]) : r[2] === 'hyperparameter' ? c.blue(r[2]) : c.dim(r[2]);
    lines.push(`${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${kind}${' '.repeat(widths[2] - r[2].length)}  ${r[3]}`);
  }
  const hp = analysis.fields.filter((f) => f.kind === 'hyperparameter').length;
  const learned = analysis.fields.filter((f) => f.kind === 'learned-parameter').length;
  const other = analysis.fields.length - hp - learned;
  lines.push('', `${count(hp, 'hyperparameter')}, ${count(learned, 'learned parameter')}, ${count(other, 'other field')}.`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
