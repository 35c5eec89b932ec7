'use strict';
/**
 * Loads the CLI bundle (dist/mlconfig.bundle.cjs) with V8's compiled code kept between runs, so a
 * one-file check does not spend a fifth of its time compiling the same megabytes of JavaScript again.
 *
 * Node 22.1+ does this itself (module.enableCompileCache). On Node 20 the bundle is compiled as a
 * classic script with `cachedData` read from a per-user cache folder, and after the run the code V8
 * compiled (including functions compiled lazily while linting) is written back for the next start.
 * The bundle's companion files (the settings validator, the built-in schemas' validators) are loaded the
 * same way, each with a cache file of its own.
 * V8 rejects a cache made for other source or other V8 flags, and the file is then rewritten; any
 * failure to read or write the cache only means compiling as usual. MLCONFIG_NO_CODE_CACHE=1 turns
 * it off.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'mlconfig.bundle.cjs');

/**
 * The bundle's companions, compiled with a code cache too: the settings validator (450 KB, run on every check of a
 * project with a settings file) and the built-in schemas' validators (the HF TrainingArguments one alone is 350 KB).
 * V8 compiles their big validation functions lazily on first call, which the cache keeps.
 */
const COMPANION = /[\\/]dist[\\/](?:settings-validator\.generated|validators[\\/][\w.-]+\.schema)\.cjs$/;

/** @returns {{ exports: { main(argv: string[]): Promise<number> }, saveCache(): void }} */
function loadBundle() {
  if (typeof Module.enableCompileCache === 'function' || process.env.MLCONFIG_NO_CODE_CACHE === '1') {
    if (process.env.MLCONFIG_NO_CODE_CACHE !== '1') Module.enableCompileCache?.();
    return { exports: require(BUNDLE), saveCache() {} };
  }
  /** Each file compiled here, with its cache file when the cache it read was missing or rejected. */
  const compiled = [];
  const baseRequire = Module.createRequire(BUNDLE);
  // The bundle has no import() (scripts/bundle-cli.mjs turns them into require), which a script
  // compiled this way could not resolve; its require of a companion goes through the cache as well.
  const bundleRequire = Object.assign((id) => {
    const resolved = baseRequire.resolve(id);
    return COMPANION.test(resolved) ? loadCompanion(resolved) : baseRequire(id);
  }, { resolve: baseRequire.resolve, cache: baseRequire.cache, main: baseRequire.main });
  const companions = new Map();
  function loadCompanion(file) {
    if (!companions.has(file)) companions.set(file, runCached(file, Module.createRequire(file), compiled));
    return companions.get(file);
  }
  const exports = runCached(BUNDLE, bundleRequire, compiled);
  return {
    exports,
    saveCache: () => {
      for (const { cacheFile, script } of compiled) writeCache(cacheFile, script);
    },
  };
}

/** Runs a CommonJS file compiled with its code cache; notes in `compiled` a cache to write after the run. */
function runCached(file, requireFn, compiled) {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cachePath(file, fs.statSync(file));
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, requireFn, mod, file, path.dirname(file));
  mod.loaded = true;
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) compiled.push({ cacheFile, script });
  return mod.exports;
}

/**
 * The cache folder is the user's own (created 0700, and not used when someone else owns it or can
 * write to it): compiled code read from it is run. The file name changes with the bundle.
 */
function cachePath(file, stat) {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const dir = path.join(os.tmpdir(), `mlconfig-code-cache${uid === undefined ? '' : `-${uid}`}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const own = fs.lstatSync(dir);
    if (!own.isDirectory() || (uid !== undefined && (own.uid !== uid || (own.mode & 0o022) !== 0))) return undefined;
    // <install>-<node version>-<bundle size>-<bundle mtime>: an older cache of the same install
    // and Node version is stale (replaced on the next write); other Node versions keep their own.
    return path.join(dir, `${pathKey(file)}-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.v8`);
  } catch {
    return undefined;
  }
}

/** A short name for the bundle's path (several installs share the folder); no crypto needed. */
function pathKey(p) {
  let h = 5381;
  for (let i = 0; i < p.length; i++) h = ((h * 33) ^ p.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/** Written whole or not at all (temp file, then rename); older caches of this install are removed. */
function writeCache(cacheFile, script) {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temp, cacheFile);
    const dir = path.dirname(cacheFile);
    const prefix = path.basename(cacheFile).split('-').slice(0, 2).join('-') + '-';
    for (const f of fs.readdirSync(dir)) if (f.startsWith(prefix) && f.endsWith('.v8') && f !== path.basename(cacheFile)) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing left to do: the next run compiles as usual
    }
  }
}

module.exports = { loadBundle };
