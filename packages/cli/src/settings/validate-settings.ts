/**
 * Validates settings against `schemas/settings.schema.json`, extended at run time with the rule ids
 * and each rule's options schema, so a typo in a rule name or option is caught with the setting's
 * path. The validator is compiled from that schema when mlconfig is built.
 */
import type { MlconfigSettings } from '@mlconfig/core';
import type { ErrorObject } from 'ajv';
import { SettingsFileError } from '../errors.js';

export async function validateSettings(config: unknown, file: string): Promise<MlconfigSettings> {
  // Generated at build time by ajv's standalone code generator (scripts/gen-settings-validator.mjs), so
  // no schema is compiled at run time: validating a settings file costs microseconds, not a second.
  const { default: validate } = await import('./settings-validator.generated.js');
  if (validate(config)) return config as MlconfigSettings;
  const { setting, expected } = explain(validate.errors ?? []);
  throw new SettingsFileError(`Invalid setting \`${setting}\` in ${file}: ${expected}.`, file);
}

type AjvError = Pick<ErrorObject, 'instancePath' | 'keyword' | 'message' | 'params'>;

/**
 * The one error worth showing. With `allErrors`, ajv reports a failure for every branch of every
 * `anyOf`; the useful one is a misspelt name, or else the deepest value that is wrong (an option
 * inside `[severity, options]`, not "the rule setting"). Where several branches fail at the same
 * place, what any of them would accept is the answer.
 */
export function explain(errors: readonly AjvError[]): { setting: string; expected: string } {
  const named = errors.find((e) => e.keyword === 'additionalProperties' || e.keyword === 'propertyNames');
  if (named) {
    const option = /^\/(?:overrides\/\d+\/)?rules\/([^/]+)\/1$/.exec(named.instancePath);
    const expected = option && named.keyword === 'additionalProperties' ? `not an option of ${option[1]} (run \`mlconfig explain ${option[1]}\`)` : describeError(named);
    return { setting: pointerToSetting(named.instancePath, named.params, named.keyword), expected };
  }
  const concrete = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  if (concrete.length === 0) return { setting: pointerToSetting(errors[0]?.instancePath ?? '', undefined, undefined), expected: 'the settings do not match the schema' };
  const depth = (e: AjvError): number => (e.instancePath === '' ? 0 : e.instancePath.split('/').length - 1);
  const deepest = Math.max(...concrete.map(depth));
  const here = concrete.filter((e) => depth(e) === deepest);
  const path = here[0].instancePath;
  const setting = pointerToSetting(path, undefined, undefined);
  const branched = errors.some((e) => (e.keyword === 'anyOf' || e.keyword === 'oneOf') && e.instancePath === path);
  if (branched && /^\/(?:overrides\/\d+\/)?rules\/[^/]+$/.test(path)) {
    return { setting, expected: 'expected a severity ("off", "info", "warn", "error") or [severity, options]' };
  }
  if (here.length === 1 || !branched) return { setting, expected: describeError(here[0]) };
  const accepted = [...new Set(here.map(acceptedValue))];
  return { setting, expected: `expected ${accepted.join(' or ')}` };
}

function acceptedValue(e: AjvError): string {
  if (e.keyword === 'type') return article(String((e.params as { type?: string }).type));
  if (e.keyword === 'enum') return `one of ${allowed(e)}`;
  return `a value that ${e.message ?? 'matches the schema'}`;
}

function allowed(e: AjvError): string {
  return ((e.params as { allowedValues?: unknown[] })?.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ');
}

function article(type: string): string {
  const name = type === 'array' ? 'array (a list)' : type === 'object' ? 'object (a mapping)' : type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function pointerToSetting(pointer: string, params: unknown, keyword: string | undefined): string {
  const p = params as Record<string, unknown> | undefined;
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (keyword === 'additionalProperties' && p?.additionalProperty !== undefined) parts.push(String(p.additionalProperty));
  if (keyword === 'propertyNames' && p?.propertyName !== undefined) parts.push(String(p.propertyName));
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(root)' : out;
}

function describeError(e: AjvError | undefined): string {
  if (!e) return 'the settings do not match the schema';
  const params = (e.params ?? {}) as { type?: string; limit?: number; comparison?: string; missingProperty?: string };
  switch (e.keyword) {
    case 'additionalProperties':
      return 'this setting does not exist (see schemas/settings.schema.json)';
    case 'propertyNames':
      return 'not the id of an mlconfig rule (run `mlconfig rules`)';
    case 'enum':
      return `expected one of ${allowed(e)}`;
    case 'type':
      return `expected ${article(String(params.type))}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `expected a number ${params.comparison} ${params.limit}`;
    case 'required':
      return `the required setting \`${params.missingProperty}\` is missing`;
    case 'minItems':
      return `expected at least ${params.limit} ${params.limit === 1 ? 'item' : 'items'}`;
    case 'maxItems':
    case 'items':
      return `expected at most ${params.limit} ${params.limit === 1 ? 'item' : 'items'}`;
    default:
      return `expected a value that ${e.message ?? 'matches the schema'}`;
  }
}
