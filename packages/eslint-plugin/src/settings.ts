/**
 * File-level settings shared by every mlconfig rule, read from ESLint's `settings.mlconfig`: what
 * `.mlconfigrc` says for `mlconfig check` (frameworks, the YAML loader, world size), plus whether to
 * skip files that do not look like training configs (the presets turn that on, as `mlconfig check`
 * does for the files it discovers by itself).
 */
import { LOADER_IDS, type LoaderId } from '@mlconfig/core';

export interface PluginSettings {
  readonly frameworks: readonly string[];
  readonly loader?: LoaderId;
  readonly worldSize?: number;
  readonly onlyTrainingConfigs: boolean;
}

/** ESLint hands every file of a config the same settings object: read it once. */
const READ = new WeakMap<object, PluginSettings>();

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): PluginSettings {
  if (!settings) return read(undefined);
  let s = READ.get(settings);
  if (!s) READ.set(settings, (s = read(settings)));
  return s;
}

function read(settings: Readonly<Record<string, unknown>> | undefined): PluginSettings {
  const raw = settings?.mlconfig;
  if (raw === undefined) return { frameworks: [], onlyTrainingConfigs: false };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid('', 'an object');
  const s = raw as Record<string, unknown>;
  const frameworks = s.frameworks ?? [];
  if (!Array.isArray(frameworks) || frameworks.some((f) => typeof f !== 'string')) throw invalid('.frameworks', 'an array of framework ids');
  if (s.loader !== undefined && !LOADER_IDS.includes(s.loader as LoaderId)) throw invalid('.loader', `one of ${LOADER_IDS.join(', ')}`);
  if (s.worldSize !== undefined && !(Number.isInteger(s.worldSize) && (s.worldSize as number) >= 1)) throw invalid('.worldSize', 'an integer of at least 1');
  if (s.onlyTrainingConfigs !== undefined && typeof s.onlyTrainingConfigs !== 'boolean') throw invalid('.onlyTrainingConfigs', 'true or false');
  return {
    frameworks: frameworks as string[],
    ...(s.loader !== undefined ? { loader: s.loader as LoaderId } : {}),
    ...(s.worldSize !== undefined ? { worldSize: s.worldSize as number } : {}),
    onlyTrainingConfigs: s.onlyTrainingConfigs === true,
  };
}

/** A stable key for caching what these settings produce. */
const SETTINGS_KEYS = new WeakMap<PluginSettings, string>();

export function settingsKey(s: PluginSettings): string {
  let key = SETTINGS_KEYS.get(s);
  if (key === undefined) SETTINGS_KEYS.set(s, (key = JSON.stringify([s.frameworks, s.loader ?? null, s.worldSize ?? null, s.onlyTrainingConfigs])));
  return key;
}

function invalid(where: string, expected: string): TypeError {
  return new TypeError(`eslint-plugin-mlconfig: \`settings.mlconfig${where}\` must be ${expected}.`);
}
