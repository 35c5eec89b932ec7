/** The `list_rules` and `explain_rule` tools: rule metadata, and a rule's documentation page. */
import { readFileSync } from 'node:fs';
import { RULES, docsUrl, ruleById, suggestRuleIds, type Rule } from '@mlconfig/core';
import { ruleDocPath } from '../assets.js';
import { ToolInputError } from './inputs.js';

export interface RuleOut {
  id: string;
  description: string;
  severity: 'error' | 'warn' | 'info';
  category: string;
  presets: string[];
  frameworks: string[];
  fixable: boolean;
  docsUrl: string;
}

function ruleOut(r: Rule<object>): RuleOut {
  return { id: r.id, description: r.description, severity: r.severity, category: r.category, presets: [...r.presets], frameworks: [...(r.frameworks ?? [])], fixable: r.fixable === true, docsUrl: docsUrl(r.id) };
}

export interface ListRulesInput {
  readonly preset?: 'recommended' | 'strict';
  readonly category?: string;
  readonly framework?: string;
}

export function listRules(input: ListRulesInput): { structured: { [key: string]: unknown; rules: RuleOut[] }; text: string } {
  const rules = RULES.filter(
    (r) =>
      (!input.preset || r.presets.includes(input.preset)) &&
      (!input.category || r.category === input.category) &&
      // A rule without frameworks applies to every config.
      (!input.framework || !r.frameworks || r.frameworks.length === 0 || r.frameworks.includes(input.framework as never)),
  ).map(ruleOut);
  const text = rules.length === 0 ? 'No rule matches these filters.\n' : rules.map((r) => `- ${r.id} (${r.severity}, ${r.category}${r.fixable ? ', fixable' : ''}): ${r.description}.`).join('\n') + `\n\n${rules.length} rules.\n`;
  return { structured: { rules }, text };
}

export interface ExplainOutput extends RuleOut {
  [key: string]: unknown;
  references: { title: string; url?: string }[];
  documentation?: string;
}

export function explainRule(ruleId: string): { structured: ExplainOutput; text: string } {
  const rule = ruleById(ruleId);
  if (!rule) {
    const near = suggestRuleIds(ruleId, RULES);
    throw new ToolInputError(`Unknown rule "${ruleId}".${near.length > 0 ? ` Did you mean ${near.slice(0, 3).map((n) => `"${n}"`).join(', ')}?` : ''} Call list_rules for the ids.`);
  }
  const page = ruleDocPath(rule.id);
  let documentation: string | undefined;
  try {
    documentation = page ? readFileSync(page, 'utf8') : undefined;
  } catch {
    documentation = undefined;
  }
  const structured: ExplainOutput = {
    ...ruleOut(rule),
    references: rule.references.map((r) => ({ title: r.title, ...(r.url ? { url: r.url } : {}) })),
    ...(documentation ? { documentation } : {}),
  };
  const refs = structured.references.map((r) => `- ${r.title}${r.url ? ` <${r.url}>` : ''}`).join('\n');
  const text = documentation
    ? documentation
    : `# ${rule.id}\n\n${rule.description}.\n\nSeverity: ${rule.severity}; category: ${rule.category}; presets: ${rule.presets.join(', ') || 'none'}.\n\nDocumentation: ${structured.docsUrl}\n\nSources:\n${refs}\n`;
  return { structured, text };
}
