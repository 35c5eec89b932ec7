/**
 * The `classify_config` tool: every field of one config with its kind (hyperparameter, learned
 * parameter, other), concept and the evidence for that decision, plus the detected frameworks and
 * the YAML loader assumed. The same analysis `mlconfig classify --format json` prints.
 */
import { analyze, LineIndex, toDotted } from '@mlconfig/core';
import { readConfig } from '../io/read-config.js';
import { ConfigGroupLayout } from '@mlconfig/core/node';
import { resolveInput, ToolInputError, type ConfigInput } from './inputs.js';

export interface ClassifyInput extends ConfigInput {
  readonly includeOther?: boolean;
}

export interface ClassifyOutput {
  [key: string]: unknown;
  format: string;
  loader: string;
  frameworks: { id: string; name: string; evidence: string[] }[];
  counts: { hyperparameters: number; learnedParameters: number; other: number };
  fields: { path: string; pointer: string; line: number; column: number; kind: 'hyperparameter' | 'learned-parameter' | 'other'; concept?: string; shape: string; evidence: string[] }[];
}

export function classifyConfig(input: ClassifyInput, cwd: string): { structured: ClassifyOutput; text: string } {
  const target = resolveInput(input, cwd, false);
  let text: string;
  let name: string;
  if (target.kind === 'path') {
    const read = readConfig(target.absolutePath);
    if (read.text === undefined) throw new ToolInputError(`${target.absolutePath}:${read.diagnostic.line}:${read.diagnostic.column}: ${read.diagnostic.message}`);
    text = read.text;
    name = target.absolutePath;
  } else {
    text = target.text;
    name = target.filename ?? `(text.${target.format})`;
  }
  const fromLayout = target.kind === 'path' ? new ConfigGroupLayout([cwd]).analyzeOptionsOf(target.absolutePath, cwd) : {};
  const result = analyze(
    text,
    target.kind === 'path'
      ? { format: target.format!, filePath: target.absolutePath, ...fromLayout }
      : { format: target.format, ...(target.filename ? { filePath: target.filename } : {}) },
  );
  if (!result.analysis) {
    // Where, as `mlconfig classify` says it: the parser's message already ends with a period.
    const p = result.problems[0];
    const pos = new LineIndex(result.text).positionAt(p?.range[0] ?? 0);
    throw new ToolInputError(`${name} could not be parsed at line ${pos.line}, column ${pos.column}: ${(p?.message ?? 'unknown error').replace(/\.$/, '')}. check_config reports it as a parse-error finding.`);
  }
  const { analysis } = result;
  const all = analysis.fields;
  const fields = all.filter((f) => input.includeOther || f.kind !== 'other');
  const structured: ClassifyOutput = {
    format: analysis.document.format,
    loader: analysis.loader.id,
    frameworks: analysis.frameworks.map((f) => ({ id: f.id, name: f.name, evidence: [...f.evidence] })),
    counts: {
      hyperparameters: all.filter((f) => f.kind === 'hyperparameter').length,
      learnedParameters: all.filter((f) => f.kind === 'learned-parameter').length,
      other: all.filter((f) => f.kind === 'other').length,
    },
    fields: fields.map((f) => {
      const pos = analysis.lines.positionAt(f.key.range[0]);
      return { path: toDotted(f.path), pointer: f.pointer, line: pos.line, column: pos.column, kind: f.kind, ...(f.concept ? { concept: f.concept } : {}), shape: f.shape, evidence: [...f.evidence] };
    }),
  };
  const lines = [
    `${name}: ${structured.format}, read as ${analysis.loader.name}; frameworks: ${structured.frameworks.map((f) => f.name).join(', ') || 'none detected'}.`,
    `${structured.counts.hyperparameters} hyperparameters, ${structured.counts.learnedParameters} learned parameters, ${structured.counts.other} other fields.`,
    '',
    ...structured.fields.map((f) => `- ${f.path} (line ${f.line}): ${f.kind}${f.concept ? `, ${f.concept}` : ''}`),
  ];
  return { structured, text: lines.join('\n') + '\n' };
}
