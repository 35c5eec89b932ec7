/**
 * eslint-plugin-mlconfig: every mlconfig rule as an ESLint rule (`mlconfig/<rule-id>`) on YAML, JSON,
 * TOML and TS/JS configs, through the ESLint languages users already configure, plus flat-config
 * presets `configs.recommended` and `configs.strict`.
 */
import { RULES, PARSE_ERROR } from '@mlconfig/core';
import { buildPreset, type FlatConfig } from './configs.js';
import { LANGUAGES } from './languages.js';
import { PLUGIN_META } from './meta.js';
import { parseErrorRule } from './parse-error-rule.js';
import { toEslintRule, type MlconfigRuleDefinition } from './rule-factory.js';

export interface MlconfigPlugin {
  readonly meta: typeof PLUGIN_META;
  readonly rules: Readonly<Record<string, MlconfigRuleDefinition>>;
  readonly configs: { readonly recommended: FlatConfig[]; readonly strict: FlatConfig[] };
}

const rules: Record<string, MlconfigRuleDefinition> = { [PARSE_ERROR]: parseErrorRule };
for (const rule of RULES) rules[rule.id] = toEslintRule(rule);

const configs = { recommended: [] as FlatConfig[], strict: [] as FlatConfig[] };
const plugin: MlconfigPlugin = { meta: PLUGIN_META, rules, configs };
// The presets refer to the plugin itself.
configs.recommended.push(...buildPreset('recommended', plugin as never));
configs.strict.push(...buildPreset('strict', plugin as never));

export { LANGUAGES };
export { MESSAGE_ID } from './report.js';
export default plugin;
