'use strict';
/**
 * Loads the CLI bundle (dist/mlconfig.bundle.cjs) with V8's compiled code kept between runs, so a
 * one-file check does not spend a fifth of its time compiling the same megabytes of JavaScript again.
 *
 * Node 22.1+ does this itself (module.enableCompileCache). On Node 20 the bundle is compiled as a
 * classic script with `cachedData` read from a per-user cache folder, and after the run the code V8
 * compiled (including functions compiled lazily while linting) is written back for the next start.
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

/** @returns {{ exports: { main(argv: string[]): Promise<number> }, saveCache(): void }} */
function loadBundle() {
  if (typeof Module.enableCompileCache === 'function' || process.env.MLCONFIG_NO_CODE_CACHE === '1') {
    if (process.env.MLCONFIG_NO_CODE_CACHE !== '1') Module.enableCompileCache?.();
    return { exports: require(BUNDLE), saveCache() {} };
  }
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const stat = fs.statSync(BUNDLE);
  const cacheFile = cachePath(stat);
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // The bundle has no import() (scripts/bundle-cli.mjs turns them into require), which a script
  // compiled this way could not resolve.
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  mod.paths = Module._nodeModulePaths(path.dirname(BUNDLE));
  mod.loaded = true;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  const stale = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  return { exports: mod.exports, saveCache: () => stale && writeCache(cacheFile, script) };
}

/**
 * The cache folder is the user's own (created 0700, and not used when someone else owns it or can
 * write to it): compiled code read from it is run. The file name changes with the bundle.
 */
function cachePath(stat) {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const dir = path.join(os.tmpdir(), `mlconfig-code-cache${uid === undefined ? '' : `-${uid}`}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const own = fs.lstatSync(dir);
    if (!own.isDirectory() || (uid !== undefined && (own.uid !== uid || (own.mode & 0o022) !== 0))) return undefined;
    // <install>-<node version>-<bundle size>-<bundle mtime>: an older cache of the same install
    // and Node version is stale (replaced on the next write); other Node versions keep their own.
    return path.join(dir, `${pathKey(BUNDLE)}-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.v8`);
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
