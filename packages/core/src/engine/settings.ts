/**
 * mlconfig's settings (the shape of `.mlconfigrc`, `mlconfig.config.ts` and `"mlconfig"` in
 * package.json; the JSON Schema is `schemas/settings.schema.json`) and how they resolve to the
 * rule severities and options for one file: presets, then `rules`, then each matching override.
 */
import picomatch from 'picomatch';
import type { LoaderId } from '../loader/profiles.js';
import { LOADER_IDS } from '../loader/profiles.js';
import type { PresetName, Rule, Severity, SeveritySetting } from '../rule-kit/types.js';

export type RuleSetting = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, Readonly<Record<string, unknown>>];

export interface SettingsOverride {
  readonly files: string | readonly string[];
  readonly ignores?: readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly frameworks?: readonly string[];
  readonly loader?: LoaderId;
}

export interface MlconfigSettings {
  /** Globs of training configs to check when no paths are given (added to the ones found by content). */
  readonly files?: readonly string[];
  /** Globs never checked. */
  readonly ignores?: readonly string[];
  readonly extends?: string | readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Framework profiles to apply to every file, whatever detection says. */
  readonly frameworks?: readonly string[];
  /** The loader that reads YAML files (`pyyaml`, `omegaconf`, `jsonargparse`, `yaml-1.2`). */
  readonly loader?: LoaderId;
  readonly overrides?: readonly SettingsOverride[];
  /** Number of processes training runs with (DeepSpeed batch arithmetic). */
  readonly worldSize?: number;
  /** Files larger than this many bytes are reported and skipped (default 10 MiB). */
  readonly maxFileSize?: number;
  /** JSON Schemas to validate configs against, by glob. */
  readonly schemas?: readonly { readonly files: string | readonly string[]; readonly schema: string }[];
}

export interface RuleConfig {
  readonly severity: Severity;
  readonly options: object;
}

export interface FileSettings {
  readonly rules: ReadonlyMap<string, RuleConfig>;
  readonly frameworks: readonly string[];
  readonly loader?: LoaderId;
  readonly worldSize?: number;
  /** Schemas the `schemas` setting maps to this file (as written, relative to the settings file). */
  readonly schemas?: readonly string[];
}

/** A setting that cannot be used, named by its path in the settings (`rules.lr-range`). */
export class SettingsError extends Error {
  constructor(
    readonly setting: string,
    readonly expected: string,
  ) {
    super(`Invalid setting \`${setting}\`: expected ${expected}.`);
    this.name = 'SettingsError';
  }
}

const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict'];

function presetName(value: string, where: string): PresetName {
  const name = value.replace(/^(?:mlconfig:|plugin:mlconfig\/)/, '');
  if ((PRESET_NAMES as readonly string[]).includes(name)) return name as PresetName;
  throw new SettingsError(where, `one of ${PRESET_NAMES.map((p) => `"${p}"`).join(', ')}`);
}

/** Rules a preset enables, at their default severities. */
export function presetRules(preset: PresetName, rules: readonly Rule<object>[]): Map<string, RuleConfig> {
  const out = new Map<string, RuleConfig>();
  for (const rule of rules) {
    if (rule.presets.includes(preset)) out.set(rule.id, { severity: rule.severity, options: { ...(rule.options?.defaults ?? {}) } });
  }
  return out;
}

/**
 * The rule configuration for one file. `relativePath` (POSIX separators, relative to the settings
 * file) selects overrides; without it, overrides are ignored.
 */
export function resolveFileSettings(settings: MlconfigSettings | undefined, relativePath: string | undefined, rules: readonly Rule<object>[]): FileSettings {
  const s = settings ?? {};
  // Files that match the same overrides and schema mappings get the same settings: resolve once per
  // combination (a run over thousands of files would otherwise rebuild every preset per file).
  const overrides = relativePath === undefined ? [] : (s.overrides ?? []).flatMap((o, i) => (matchesAny(relativePath, asList(o.files)) && !(o.ignores && matchesAny(relativePath, o.ignores)) ? [i] : []));
  const schemas = relativePath === undefined ? [] : (s.schemas ?? []).filter((m) => matchesAny(relativePath, asList(m.files))).map((m) => m.schema);
  const key = `${overrides.join(',')}|${schemas.join('\u0000')}`;
  let byRules = RESOLVED.get(s);
  if (!byRules) RESOLVED.set(s, (byRules = new WeakMap()));
  let byKey = byRules.get(rules);
  if (!byKey) byRules.set(rules, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const resolved = resolve(s, overrides, schemas, rules);
  byKey.set(key, resolved);
  return resolved;
}

const RESOLVED = new WeakMap<MlconfigSettings, WeakMap<readonly Rule<object>[], Map<string, FileSettings>>>();

const asList = (files: string | readonly string[]): readonly string[] => (typeof files === 'string' ? [files] : files);

function resolve(s: MlconfigSettings, overrideIndices: readonly number[], schemas: readonly string[], rules: readonly Rule<object>[]): FileSettings {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const presets = s.extends === undefined ? ['recommended'] : typeof s.extends === 'string' ? [s.extends] : s.extends;
  const active = new Map<string, RuleConfig>();
  presets.forEach((p, i) => {
    for (const [id, cfg] of presetRules(presetName(p, typeof s.extends === 'string' ? 'extends' : `extends[${i}]`), rules)) active.set(id, cfg);
  });
  applyRules(active, s.rules, 'rules', byId);
  let frameworks = [...(s.frameworks ?? [])];
  let loader = s.loader;
  if (loader !== undefined && !LOADER_IDS.includes(loader)) throw new SettingsError('loader', `one of ${LOADER_IDS.join(', ')}`);
  for (const i of overrideIndices) {
    const o = s.overrides![i];
    applyRules(active, o.rules, `overrides[${i}].rules`, byId);
    if (o.frameworks) frameworks = [...o.frameworks];
    if (o.loader) loader = o.loader;
  }
  return { rules: active, frameworks, ...(loader ? { loader } : {}), ...(s.worldSize !== undefined ? { worldSize: s.worldSize } : {}), ...(schemas.length > 0 ? { schemas } : {}) };
}

function applyRules(active: Map<string, RuleConfig>, rules: MlconfigSettings['rules'], where: string, byId: ReadonlyMap<string, Rule<object>>): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const rule = byId.get(id);
    if (!rule) throw new SettingsError(`${where}.${id}`, 'the id of an mlconfig rule (see `mlconfig rules`)');
    const [severity, options] = Array.isArray(setting) ? (setting as [SeveritySetting, Record<string, unknown>?]) : [setting as SeveritySetting, undefined];
    if (!['off', 'info', 'warn', 'error'].includes(severity)) throw new SettingsError(`${where}.${id}`, '"off", "info", "warn" or "error", or [severity, options]');
    if (severity === 'off') {
      active.delete(id);
      continue;
    }
    const base = active.get(id)?.options ?? rule.options?.defaults ?? {};
    active.set(id, { severity, options: { ...base, ...(options ?? {}) } });
  }
}

const matcherCache = new Map<string, (p: string) => boolean>();

/** Whether a POSIX relative path matches any glob (gitignore-like: `*.yaml` matches in any folder). */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  for (const glob of globs) {
    let m = matcherCache.get(glob);
    if (!m) {
      m = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
      matcherCache.set(glob, m);
    }
    if (m(relativePath)) return true;
  }
  return false;
}
