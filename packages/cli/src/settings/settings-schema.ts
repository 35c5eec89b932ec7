/**
 * The schema settings are validated against: `schemas/settings.schema.json` with `rules` narrowed to
 * the known rule ids and each rule's options schema. Built when mlconfig is built (the rules are
 * known then), and compiled ahead of time into a standalone validator.
 */
import type { Rule } from '@mlconfig/core';

type Schema = Record<string, unknown> & { $defs: Record<string, unknown> };

export function buildSettingsSchema(base: Schema, rules: readonly Rule<object>[]): Schema {
  const schema: Schema = structuredClone(base);
  schema.$defs.rules = {
    type: 'object',
    propertyNames: { enum: rules.map((r) => r.id) },
    properties: Object.fromEntries(rules.map((r) => [r.id, ruleSettingSchema(r)])),
  };
  return schema;
}

function ruleSettingSchema(rule: Rule<object>): Record<string, unknown> {
  const severity = { $ref: '#/$defs/severity' };
  const options = rule.options?.schema ?? { type: 'object', maxProperties: 0 };
  return {
    anyOf: [severity, { type: 'array', prefixItems: [severity], items: false, minItems: 1 }, { type: 'array', prefixItems: [severity, options], items: false, minItems: 2 }],
  };
}
