/**
 * Hydra entry points, read from a project's Python scripts. A Hydra app's primary config is often a flat
 * YAML file with nothing of Hydra in it (no defaults list, no `_target_`), yet OmegaConf reads it (so
 * `lr: 1e-4` is a float) because a script says so: `@hydra.main(config_path="../configs",
 * config_name="train")`, or the compose API's `initialize(config_path=...)` with `compose(config_name=...)`.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and asks here what they name.
 *
 * The path is a literal string, or built from the script's own location the usual ways
 * (`os.path.join(os.path.dirname(os.path.realpath(__file__)), "configs")`, `str(Path(__file__).parent / "conf")`),
 * written in the call or in a module-level constant. A path from an environment variable or another module names
 * nothing mlconfig can find, and `config_path=None` (Hydra 1.2's default) names no folder. An absolute path names a
 * folder on its author's machine, which the project keeps under the same name (see `absolute`).
 */
import { callArguments } from './python-call.js';

/** One call that tells Hydra where its configs are. */
export interface HydraEntryPoint {
  /** The config folder, relative to the script's folder (`../configs`), as written; POSIX separators. */
  readonly configPath: string;
  /** The primary config's name without `.yaml` (`train`), when the call names one. */
  readonly configName?: string;
  /** The call as it would be cited (`@hydra.main(config_path="../configs", config_name="train")`), whitespace collapsed. */
  readonly call: string;
  /**
   * Set when the call names an absolute folder on its author's machine (`config_path="/mnt/.../diff_scripts/config"`):
   * `configPath` is then only that folder's name, which the project keeps beside the script or one folder up.
   */
  readonly absolute?: true;
}

// Hydra's decorator, imported either way (`import hydra` / `from hydra import main`), and the compose API's
// `initialize(config_path=...)` and `initialize_config_dir(config_dir=...)`, whose folder is absolute.
const CALL = /(@\s*(?:hydra\s*\.\s*)?main|(?<![\w.])(?:hydra\s*\.\s*)?initialize(?:_config_dir)?)\s*\(/g;
// Backslashes stay as written: `'.\\configs'` is a Windows path (Python keeps an unknown escape's backslash).
const STRING = /^(?:[rRuU]?)(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')$/;
const COMPOSE_NAME = /\bcompose\s*\(\s*(?:config_name\s*=\s*)?(?:[rRuU]?)(?:"([^"\\\n]*)"|'([^'\\\n]*)')/;

/** The entry points a Python file's text declares; none when it does not mention Hydra. */
export function hydraEntryPoints(pythonText: string): HydraEntryPoint[] {
  if (!pythonText.includes('hydra')) return [];
  // `from hydra import main` is what makes a bare `@main(...)` Hydra's (click and others have their own `main`), and
  // `from hydra import initialize` a bare `initialize(...)` (DeepSpeed, apex and others have their own).
  const imports = [...pythonText.matchAll(/\bfrom\s+hydra\s+import\s+(\([^)]*\)|[^\n]*)/g)].map((m) => m[1]).join(' ');
  const bare: Record<string, boolean> = { '@main': /\bmain\b/.test(imports), initialize: /\binitialize\b/.test(imports), initialize_config_dir: /\binitialize_config_dir\b/.test(imports) };
  const found: HydraEntryPoint[] = [];
  for (const m of pythonText.matchAll(CALL)) {
    const callee = m[1].replace(/\s+/g, '');
    if (bare[callee] === false) continue;
    const args = callArguments(pythonText, m.index + m[0].length);
    if (args === undefined) continue;
    const entry = entryOf(callee, args, pythonText, m.index);
    if (entry) found.push(entry);
  }
  return found;
}

function entryOf(callee: string, args: string[], text: string, at: number): HydraEntryPoint | undefined {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const arg of args) {
    const eq = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg);
    if (eq) named.set(eq[1], eq[2].trim());
    else positional.push(arg.trim());
  }
  // `hydra.main(config_path=None, config_name=None, version_base=...)`; `initialize(config_path=None, job_name=None, ...)`.
  const pathArg = named.get(callee.endsWith('config_dir') ? 'config_dir' : 'config_path') ?? positional[0];
  let configName = callee.endsWith('main') ? literalOrUndefined(named.get('config_name') ?? positional[1]) : composedName(text, at);
  // Before Hydra 1.2 (and with no `version_base` ≥ 1.2) an absent `config_path` is the script's own folder
  // (MonoScene's `@hydra.main(config_name="../config/monoscene.yaml")` under Hydra 1.0).
  let configPath = pathArg !== undefined ? pathExpression(pathArg, text) : configName !== undefined && scriptFolderIsDefault(named.get('version_base')) ? '.' : undefined;
  if (configPath === undefined) return undefined;
  configPath = configPath.replace(/\\/g, '/');
  // A package (`pkg://`) or a URL names no folder of this project. An absolute path is a folder on the author's machine
  // (hanxinyan20's `config_path="/mnt/public/hxy/project/diff_scripts/config"`); the project has it under the same name,
  // which only a named primary config can confirm.
  if (/^[a-z]+:\/\//.test(configPath)) return undefined;
  let absolute = false;
  if (/^(?:\/|[A-Za-z]:\/)/.test(configPath)) {
    let end = configPath.length;
    while (end > 0 && configPath[end - 1] === '/') end--;
    const last = end > 0 ? configPath.slice(configPath.lastIndexOf('/', end - 1) + 1, end) : undefined;
    if (last === undefined || last === '' || last.includes(':') || configName === undefined || last === '..' || last === '.' || /\.ya?ml$/i.test(last)) return undefined;
    configPath = last;
    absolute = true;
  }
  // Hydra 0.11 named the primary config's file in `config_path` (`config_path="conf/config.yaml"`).
  const file = /^(.*?)\/?([^/]+)\.ya?ml$/i.exec(configPath);
  if (file) {
    configPath = file[1] === '' ? '.' : file[1];
    configName ??= file[2];
  }
  // A name that climbs out of the folder (`../config/monoscene`) is a file in the folder it names; a group's option
  // (`experiment/base`) stays a name in the config folder.
  const folderInName = configName === undefined ? undefined : /^(\.\.?\/.*)\/([^/]+)$/.exec(configName.replace(/\\/g, '/'));
  if (folderInName) {
    configPath = joinRelative(configPath, [folderInName[1]]);
    configName = folderInName[2];
  }
  if (configPath === '') configPath = '.';
  const name = configName?.replace(/\.ya?ml$/i, '');
  const call = `${callee}(${args.map((a) => a.trim().replace(/\s+/g, ' ')).join(', ')})`;
  if (absolute && (name === undefined || name.includes('/'))) return undefined;
  return { configPath, ...(name ? { configName: name } : {}), call, ...(absolute ? { absolute: true as const } : {}) };
}

/**
 * Whether a call without `config_path` searches the script's folder: Hydra's default up to 1.1, kept by Hydra 1.2 and
 * later unless `version_base` asks for 1.2's defaults (`"1.2"`, `"1.3"`, or `None`, the installed version's).
 */
function scriptFolderIsDefault(versionBase: string | undefined): boolean {
  if (versionBase === undefined) return true;
  const version = literal(versionBase);
  const m = version === undefined ? null : /^(\d+)\.(\d+)/.exec(version);
  return m !== null && (Number(m[1]) < 1 || (Number(m[1]) === 1 && Number(m[2]) < 2));
}

/** The primary config a compose-API script loads after `initialize(...)`: the next `compose(config_name=...)`. */
function composedName(text: string, from: number): string | undefined {
  const m = COMPOSE_NAME.exec(text.slice(from, from + 4000));
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * A folder relative to the script's: a literal, a path built from `__file__`, or a module-level constant holding
 * either (`CONFIG_DIR = os.path.join(os.path.dirname(__file__), "configs")` then `config_path=CONFIG_DIR`).
 */
function pathExpression(expression: string, text: string, constantsFollowed = 0): string | undefined {
  const e = expression.trim();
  const direct = literal(e) ?? pathFromFile(e);
  if (direct !== undefined || constantsFollowed > 0 || !/^[A-Za-z_]\w*$/.test(e)) return direct;
  const assigned = new RegExp(`^${e}\\s*(?::[^=\\n]*)?=(?!=)\\s*(.+)$`, 'm').exec(text);
  return assigned ? pathExpression(assigned[1].replace(/\s+#.*$/, ''), text, constantsFollowed + 1) : undefined;
}

// `os.path.dirname(os.path.realpath(__file__))`, any number of `dirname`s, `abspath` or `realpath` or neither.
const OS_PATH_FILE = /^((?:os\.path\.dirname\(\s*)+)(?:os\.path\.(?:realpath|abspath)\(\s*)?__file__\s*\)?(\s*\))*$/;
// `Path(__file__).resolve().parent.parent`, `Path(__file__).parents[1]`.
const PATHLIB_FILE = /^(?:pathlib\.)?Path\(\s*__file__\s*\)(?:\.(?:resolve|absolute)\(\s*\))?((?:\.parent)+|\.parents\[(\d)\])$/;

/** A path built from the script's own location, relative to the script's folder (`.`, `..`, `../configs`). */
function pathFromFile(expression: string): string | undefined {
  let e = expression.replace(/\s+/g, ' ').trim();
  const str = /^str\((.*)\)$/.exec(e);
  if (str) e = str[1].trim();
  const join = /^os\.path\.join\((.*)\)$/.exec(e);
  if (join) {
    const parts = splitTopLevel(join[1]);
    const base = parts.length > 0 ? folderOfFile(parts[0]) : undefined;
    const rest = parts.slice(1).map(literal);
    return base === undefined || rest.some((r) => r === undefined) ? undefined : joinRelative(base, rest as string[]);
  }
  // pathlib's `/` joins; a lone expression may be either kind.
  const pieces = splitTopLevel(e, '/');
  if (pieces.length === 1) return folderOfFile(pieces[0]);
  const base = pieces.length > 1 && PATHLIB_FILE.test(pieces[0]) ? folderOfFile(pieces[0]) : undefined;
  const rest = pieces.slice(1).map(literal);
  return base === undefined || rest.some((r) => r === undefined) ? undefined : joinRelative(base, rest as string[]);
}

/** The folder an expression of `__file__` names, relative to the script's folder. */
function folderOfFile(expression: string): string | undefined {
  const e = expression.trim();
  const os = OS_PATH_FILE.exec(e);
  if (os) {
    const ups = (os[1].match(/dirname/g) ?? []).length - 1;
    return ups === 0 ? '.' : Array(ups).fill('..').join('/');
  }
  const pathlib = PATHLIB_FILE.exec(e);
  if (pathlib) {
    const ups = pathlib[2] !== undefined ? Number(pathlib[2]) : (pathlib[1].match(/\.parent/g) ?? []).length - 1;
    return ups === 0 ? '.' : Array(ups).fill('..').join('/');
  }
  return undefined;
}

function joinRelative(base: string, parts: readonly string[]): string {
  const joined = [base, ...parts].filter((p) => p !== '' && p !== '.').join('/');
  return joined === '' ? '.' : joined;
}

/** Splits at a separator outside brackets and strings. */
function splitTopLevel(text: string, separator = ','): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return [];
      current += text.slice(i, close + 1);
      i = close;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (c === separator && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.filter((p) => p !== '');
}

function literal(arg: string): string | undefined {
  const m = STRING.exec(arg.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

function literalOrUndefined(arg: string | undefined): string | undefined {
  return arg === undefined ? undefined : literal(arg);
}
