/**
 * What a formatter needs to know about the rule behind a diagnostic. Most ids are rules from
 * `@mlconfig/core`; a few are file-level findings the engine or the CLI produce without a rule
 * (the file could not be read or parsed, a rule crashed, the file type is not supported), and
 * reports such as SARIF still need a description for them.
 */
import { PARSE_ERROR, RULE_FAILURE, docsUrl, type Rule, type RuleReference, type Severity } from '@mlconfig/core';
import { READ_ERROR } from '../io/read-config.js';
import { UNSUPPORTED_FILE } from '../lint-file.js';
import { NO_CONFIG_OBJECT } from '../io/read-script-config.js';

export interface RuleInfo {
  readonly id: string;
  /** One line, no trailing period. */
  readonly description: string;
  readonly severity: Severity;
  readonly category: string;
  readonly helpUri?: string;
  readonly references: readonly RuleReference[];
  readonly fixable: boolean;
  /** True for the findings that are not rules (parse-error, read-error, ...). */
  readonly builtin: boolean;
}

const BUILTIN: Readonly<Record<string, Omit<RuleInfo, 'id' | 'references' | 'fixable' | 'builtin'>>> = {
  [PARSE_ERROR]: { description: 'The file could not be parsed as YAML, JSON or TOML, so no rule ran on it', severity: 'error', category: 'syntax' },
  [READ_ERROR]: { description: 'The file could not be read (missing, unreadable, binary or too large)', severity: 'error', category: 'syntax' },
  [RULE_FAILURE]: { description: 'A rule failed on this file; this is a bug in mlconfig, not in the config', severity: 'error', category: 'internal' },
  [UNSUPPORTED_FILE]: { description: 'The file type is not one that mlconfig check reads (YAML, JSON, TOML, TS/JS)', severity: 'warn', category: 'syntax' },
  [NO_CONFIG_OBJECT]: { description: 'A TS/JS file holds no object that mlconfig reads as a config, so nothing in it was checked', severity: 'info', category: 'syntax' },
};

/** Ids of findings that come from no rule: never fixable, never suppressible by a baseline. */
export const BUILTIN_IDS: ReadonlySet<string> = new Set(Object.keys(BUILTIN));

export function ruleInfo(id: string, rules: readonly Rule<object>[]): RuleInfo {
  const rule = rules.find((r) => r.id === id);
  if (rule) {
    return { id, description: rule.description, severity: rule.severity, category: rule.category, helpUri: docsUrl(id), references: rule.references, fixable: rule.fixable === true, builtin: false };
  }
  const builtin = Object.hasOwn(BUILTIN, id) ? BUILTIN[id] : undefined;
  if (builtin) return { id, ...builtin, references: [], fixable: false, builtin: true };
  // A rule from a plugin or a newer core that this front-end does not list: still describable.
  return { id, description: `Rule ${id}`, severity: 'warn', category: 'unknown', references: [], fixable: false, builtin: false };
}
