/**
 * Real folders on disk for end-to-end CLI tests: each test writes the files it needs into a fresh
 * temporary directory and removes it afterwards.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Relative path → file content (string or bytes). */
export type Tree = Readonly<Record<string, string | Uint8Array>>;

export interface TempProject {
  readonly dir: string;
  /** Absolute path of a file in the project. */
  path(relative: string): string;
  write(files: Tree): void;
  remove(): void;
}

/**
 * A temporary project. Unless `bare`, it gets a `package.json`, which marks the project root: the
 * settings search stops there, as it does in a real project.
 */
export function tempProject(files: Tree = {}, options: { bare?: boolean } = {}): TempProject {
  // realpath: on some systems the temp folder is behind a symbolic link, and the CLI prints real paths.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mlconfig-cli-')));
  const project: TempProject = {
    dir,
    path: (relative) => join(dir, relative),
    write(tree) {
      for (const [relative, content] of Object.entries(tree)) {
        const file = join(dir, relative);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  project.write(options.bare ? files : { 'package.json': '{ "name": "fixture-project", "private": true }\n', ...files });
  return project;
}

/**
 * A maker of temporary projects for one test file: every project made in a test is removed after
 * that test.
 */
export function tempProjects(): (files?: Tree, options?: { bare?: boolean }) => TempProject {
  const made: TempProject[] = [];
  afterEach(() => {
    for (const project of made.splice(0)) project.remove();
  });
  return (files, options) => {
    const project = tempProject(files, options);
    made.push(project);
    return project;
  };
}

/** The diagnostics of `--format json` output, flattened to what tests compare. */
export interface FlatDiagnostic {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly line: number;
  readonly column: number;
}

export function flatten(jsonOutput: string): FlatDiagnostic[] {
  const results = JSON.parse(jsonOutput) as { relativePath: string; diagnostics: { ruleId: string; severity: string; line: number; column: number }[] }[];
  return results.flatMap((r) => r.diagnostics.map((d) => ({ file: r.relativePath, ruleId: d.ruleId, severity: d.severity, line: d.line, column: d.column })));
}

/** The findings of `--format json` output as `rule line:column`, sorted: what most end-to-end tests compare. */
export function rulesAt(jsonOutput: string): string[] {
  return flatten(jsonOutput).map((d) => `${d.ruleId} ${d.line}:${d.column}`).sort();
}

/** Files reported in `--format json` output, sorted. */
export function checkedFiles(jsonOutput: string): string[] {
  return (JSON.parse(jsonOutput) as { relativePath: string }[]).map((r) => r.relativePath).sort();
}

/** One rule's findings in `--format json` output, with what a reader sees: where, the message, the explanation, the suggested text. */
export interface RuleFinding {
  readonly at: string;
  readonly message: string;
  readonly explanation: string;
  readonly suggestions: readonly string[];
}

export function ruleFindings(jsonOutput: string, ruleId: string): RuleFinding[] {
  const results = JSON.parse(jsonOutput) as { diagnostics: { ruleId: string; line: number; column: number; message: string; explanation: string; suggestions?: { edits: { text: string }[] }[] }[] }[];
  return results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === ruleId)
    .map((d) => ({ at: `${d.line}:${d.column}`, message: d.message, explanation: d.explanation, suggestions: (d.suggestions ?? []).flatMap((x) => x.edits.map((e) => e.text)) }));
}

/** What makes a folder a repository's top, where the rules that read the whole project's code start from. */
export const REPOSITORY_TOP: Tree = { '.git/HEAD': 'ref: refs/heads/main\n' };

/**
 * For the rules that compare a config's keys with the project's code: checks `target` in a fresh project of `files`
 * with the built CLI (`--preset strict`) and gives that rule's findings.
 */
export function strictRuleFindings(newProject: (files?: Tree) => TempProject, ruleId: string): (files: Tree, target?: string) => RuleFinding[] {
  return (files, target = 'configs/run.yaml') => {
    const { stdout } = runCli(['check', '--format', 'json', '--preset', 'strict', target], { cwd: newProject(files).dir });
    return ruleFindings(stdout, ruleId);
  };
}
