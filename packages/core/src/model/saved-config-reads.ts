/**
 * PyYAML calls that read back a config the script itself saved, not the user's: starVLA saves its composed config with
 * `OmegaConf.save` and reads it straight back with `yaml.safe_load` to write it out as JSON, beside the `OmegaConf.load`
 * that reads the user's file. yaml-loader-calls.ts leaves such calls out of the script's YAML readers.
 */
import { callArguments, scannedCall } from './python-call.js';

/** `OmegaConf.save(cfg, path)`, `OmegaConf.save(config=cfg, f=path)`: the path a script writes its composed config to. */
const OMEGACONF_SAVE = /\bOmegaConf\s*\.\s*save\s*\(/g;
const OPEN_CALL = /(?<![\w.])open\s*\(/g;

/**
 * Every file handle the script opens (`open(path) as f`, `f = open(path)`), where, and whether on a path it saved with
 * `OmegaConf.save`. Empty when it saves none.
 */
export function ownRecordHandles(code: string): Map<string, { readonly at: number; readonly saved: boolean }[]> {
  const handles = new Map<string, { at: number; saved: boolean }[]>();
  if (!code.includes('OmegaConf')) return handles;
  const saved = new Set<string>();
  for (const m of code.matchAll(OMEGACONF_SAVE)) {
    const args = callArguments(code, m.index + m[0].length);
    const path = args?.find((a) => /^f\s*=/.test(a))?.replace(/^f\s*=\s*/, '') ?? args?.[1];
    if (path !== undefined && !/^\w+\s*=/.test(path)) saved.add(normalized(path));
  }
  if (saved.size === 0) return handles;
  // Every open, whatever its path: a handle name (`f`) is often used again for the user's config.
  for (const m of code.matchAll(OPEN_CALL)) {
    const call = scannedCall(code, m.index + m[0].length);
    const path = call?.args[0];
    if (call === undefined || path === undefined) continue;
    // `open(path, ...) as f_yaml` or `f_yaml = open(path, ...)`.
    const handle = OPENED_AS.exec(code.slice(call.end, call.end + 80))?.[1] ?? ASSIGNED_TO.exec(code.slice(Math.max(0, m.index - 80), m.index))?.[1];
    if (handle === undefined) continue;
    const opens = handles.get(handle) ?? [];
    opens.push({ at: m.index, saved: saved.has(normalized(path)) });
    handles.set(handle, opens);
  }
  return handles;
}

const OPENED_AS = /^\s*as\s+([A-Za-z_]\w*)/;
const ASSIGNED_TO = /(?<![\w.])([A-Za-z_]\w*)\s*=\s*$/;

/** `argument` is the PyYAML call's first argument as PYYAML_CALL captured it (`f_yaml)`): the handle, as last opened before the call, is on a saved config. */
export function readsOwnRecord(handles: () => Map<string, readonly { readonly at: number; readonly saved: boolean }[]>, argument: string | undefined, callIndex: number): boolean {
  const handle = argument === undefined ? undefined : /^[A-Za-z_]\w*/.exec(argument)?.[0];
  return handle !== undefined && (handles().get(handle)?.findLast((o) => o.at < callIndex)?.saved ?? false);
}

function normalized(expression: string): string {
  return expression.replace(/\s+/g, '');
}
