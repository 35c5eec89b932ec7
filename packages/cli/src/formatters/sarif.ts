/**
 * SARIF 2.1.0, the format GitHub code scanning (and most security dashboards) ingest. Follows
 * GitHub's list of required properties: every rule has shortDescription, fullDescription and help
 * text; every result has a message, a level, the rule's id and index, and one physical location
 * with a repository-relative URI and a full region. Columns are UTF-16 code units, SARIF's default
 * `columnKind`, which is what mlconfig's columns already count.
 */
import { nodeCrypto } from '../lazy-builtins.js';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '@mlconfig/core';
import { VERSION } from '../version.js';
import type { FileResult } from '../results.js';
import { ruleInfo, type RuleInfo } from './rule-info.js';
import type { FormatContext, Formatter } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mlconfig/mlconfig';
const SRCROOT = '%SRCROOT%';

export const sarif: Formatter = (results, ctx) => JSON.stringify(sarifLog(results, ctx), null, 2) + '\n';

export function sarifLog(results: readonly FileResult[], ctx: FormatContext): object {
  // Every known rule is listed (stable indexes across runs), then any other id a result uses.
  const ids = ctx.rules.map((r) => r.id);
  for (const r of results) for (const d of r.diagnostics) if (!ids.includes(d.ruleId)) ids.push(d.ruleId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const infos = ids.map((id) => ruleInfo(id, ctx.rules));

  const sarifResults: object[] = [];
  for (const file of results) {
    const seen = new Map<string, number>();
    for (const d of file.diagnostics) {
      const key = fingerprint(file.relativePath, d);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      sarifResults.push(result(file, d, index.get(d.ruleId)!, n === 1 ? key : `${key}:${n}`));
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mlconfig',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules: infos.map((info) => descriptor(info, ctx)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

function descriptor(info: RuleInfo, ctx: FormatContext): object {
  const doc = info.builtin ? undefined : ctx.ruleDoc?.(info.id);
  const refs = info.references.map((r) => `- ${r.title}${r.url ? `: ${r.url}` : ''}`);
  const helpText = [
    `${info.description}.`,
    info.fixable ? 'Fixable automatically with `mlconfig check --fix`.' : '',
    info.helpUri ? `Documentation: ${info.helpUri}` : '',
    refs.length > 0 ? `Sources:\n${refs.join('\n')}` : '',
  ].filter((s) => s !== '').join('\n\n');
  return {
    id: info.id,
    name: info.id,
    shortDescription: { text: info.description },
    fullDescription: { text: `${info.description} (category: ${info.category}${info.fixable ? ', fixable' : ''}).` },
    help: { text: helpText, markdown: doc ?? helpText },
    ...(info.helpUri ? { helpUri: info.helpUri } : {}),
    defaultConfiguration: { level: level(info.severity) },
    properties: {
      tags: ['mlconfig', info.category],
      'problem.severity': info.severity === 'error' ? 'error' : info.severity === 'warn' ? 'warning' : 'recommendation',
    },
  };
}

function result(file: FileResult, d: Diagnostic, ruleIndex: number, fingerprintValue: string): object {
  const fixes = d.fix ? ` Fix: ${d.fix.description} (\`mlconfig check --fix\`).` : '';
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: level(d.severity),
    message: { text: d.message, markdown: `${d.message}\n\n${d.explanation}${fixes}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file),
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
        ...(d.path !== '' ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
      },
    ],
    partialFingerprints: { 'mlconfigFinding/v1': fingerprintValue },
  };
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'note';
}

/** Repository-relative when the file is under the working folder; an absolute `file:` URI otherwise. */
function artifactLocation(file: FileResult): object {
  const rel = file.relativePath;
  if (isAbsolute(rel) || rel === '..' || rel.startsWith('../')) return { uri: pathToFileURL(file.filePath).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/**
 * Identifies a finding independently of its line, so code scanning keeps tracking an alert when
 * lines are added above it: file, rule, JSON pointer and message.
 */
function fingerprint(relativePath: string, d: Diagnostic): string {
  return nodeCrypto().createHash('sha256').update(`${relativePath}\u0000${d.ruleId}\u0000${d.path}\u0000${d.message}`).digest('hex').slice(0, 32);
}
