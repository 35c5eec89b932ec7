/**
 * Validates settings against `schemas/settings.schema.json`, extended at run time with the rule ids
 * and each rule's options schema, so a typo in a rule name or option is caught with the setting's
 * path. ajv is loaded only when a settings file exists.
 */
import { readFileSync } from 'node:fs';
import { RULES, type MlconfigSettings, type Rule } from '@mlconfig/core';
import type { ErrorObject } from 'ajv';
import { schemaPath } from '../assets.js';
import { SettingsFileError } from '../errors.js';

export async function validateSettings(config: unknown, file: string): Promise<MlconfigSettings> {
  // ajv 2020 understands draft 2020-12 (`prefixItems`, `$defs`); it is CommonJS, hence the default dance.
  const mod = await import('ajv/dist/2020.js');
  const Ajv2020 = (mod as unknown as { default: typeof import('ajv/dist/2020.js').default }).default;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(settingsSchema());
  if (validate(config)) return config as MlconfigSettings;
  const errors = validate.errors ?? [];
  const best = errors.find((e: ErrorObject) => e.keyword === 'additionalProperties' || e.keyword === 'propertyNames') ?? errors.find((e: ErrorObject) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? errors[0];
  const setting = pointerToSetting(best?.instancePath ?? '', best?.params as Record<string, unknown> | undefined, best?.keyword);
  const expected = describeError(best);
  throw new SettingsFileError(`Invalid setting \`${setting}\` in ${file}: ${expected}.`, file);
}

/** The published settings schema, with `rules` narrowed to the known rule ids and their options. */
export function settingsSchema(): Record<string, unknown> {
  const path = schemaPath('settings.schema.json');
  if (!path) throw new Error('settings.schema.json is missing from the mlconfig installation');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { $defs: Record<string, unknown> };
  schema.$defs.rules = {
    type: 'object',
    propertyNames: { enum: RULES.map((r) => r.id) },
    properties: Object.fromEntries(RULES.map((r) => [r.id, ruleSettingSchema(r)])),
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

function pointerToSetting(pointer: string, params: Record<string, unknown> | undefined, keyword: string | undefined): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (keyword === 'additionalProperties' && params?.additionalProperty !== undefined) parts.push(String(params.additionalProperty));
  if (keyword === 'propertyNames' && params?.propertyName !== undefined) parts.push(String(params.propertyName));
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(root)' : out;
}

function describeError(e: { keyword: string; message?: string; params?: unknown } | undefined): string {
  if (!e) return 'the settings do not match the schema';
  if (e.keyword === 'additionalProperties') return 'this setting does not exist (see schemas/settings.schema.json)';
  if (e.keyword === 'propertyNames') return 'not the id of an mlconfig rule (run `mlconfig rules`)';
  if (e.keyword === 'enum') return `expected one of ${((e.params as { allowedValues?: unknown[] })?.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'anyOf' || e.keyword === 'oneOf') return 'expected a severity ("off", "info", "warn", "error") or [severity, options] with valid options';
  return `expected a value that ${e.message ?? 'matches the schema'}`;
}
