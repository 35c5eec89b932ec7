/**
 * pre-commit (and `npm install <git url>`) install the repository root as a package, so the root
 * must pack the built CLI and depend on every package the bundle leaves external.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

const rootPkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies?: Record<string, string> };
const cliPkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as { dependencies: Record<string, string> };

const BUNDLE = 'packages/cli/dist/mlconfig.bundle.cjs';
const SETTINGS_VALIDATOR = 'packages/cli/dist/settings-validator.generated.cjs';

/** Package names the built bundle requires at run time (its externals). */
function bundleImports(): string[] {
  const bundle = readFileSync(join(REPO_ROOT, BUNDLE), 'utf8');
  const names = new Set<string>();
  for (const m of bundle.matchAll(/\brequire\(\s*["']([^"'.][^"']*)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return [...names].sort();
}

describe('the repository root as an installable package', () => {
  it('depends on every package the bundled CLI imports at run time, at the CLI package’s versions', () => {
    const imports = bundleImports();
    expect(imports).toEqual(expect.arrayContaining(['@modelcontextprotocol/sdk', 'cosmiconfig', 'zod']));
    for (const name of imports) {
      expect(rootPkg.dependencies?.[name], `root package.json dependencies lack ${name}`).toBe(cliPkg.dependencies[name]);
    }
  });

  it('packs the bin and its bundle loader, the bundle and its source map, the settings validator, the schemas, their precompiled validators and the rule docs', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [info] = JSON.parse(run.stdout) as { files: { path: string }[] }[];
    const files = info.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining([rootPkg.bin.mlconfig, 'packages/cli/bin/load-bundle.cjs', BUNDLE, `${BUNDLE}.map`, SETTINGS_VALIDATOR, 'packages/cli/dist/schemas/settings.schema.json', 'packages/cli/dist/validators/deepspeed.schema.cjs']));
    expect(files.some((f) => f.startsWith('packages/cli/dist/docs/rules/'))).toBe(true);
    expect(files.some((f) => f.startsWith('packages/core/src') || f.startsWith('test/'))).toBe(false);
  });
});
