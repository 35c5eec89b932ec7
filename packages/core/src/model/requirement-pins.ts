/**
 * Reads a project's dependency files (`requirements.txt`, conda's `environment.yml`, `pyproject.toml`, `setup.py`,
 * `setup.cfg`, `Pipfile`) for the one version fact a rule needs and a config cannot show: whether the project pins
 * Lightning below 2.0. Lightning 1.x accepts `precision: 16` and refuses `"16-mixed"`, so telling such a project to
 * write `16-mixed` would break it (DistillCLIP pins `pytorch-lightning==1.5.10`).
 *
 * Only a bound that keeps the major version below 2 counts: `==1.9.5`, conda's `=1.9`, `~=1.8`, poetry's `^1.9` or
 * `~1.9`, `<2.0`, `<=1.9.5`. A lower bound alone (`>=1.6`), or no version, says nothing of what pip installs today.
 */

/** A requirement naming the Lightning package (the old `pytorch-lightning`/`pytorch_lightning` or the new `lightning`), with what follows it on the line. */
const REQUIREMENT = /(?<![\w.-])((?:pytorch[-_.])?lightning)(?![\w.-])\s*(?:\[[^\]]*\])?\s*(?:=\s*["'{]|["']\s*:\s*["'{])?([^\n]*)/gim;
/** One version clause: an operator and a version. Poetry's `{version = "^1.9"}` is read by skipping to the version. */
const CLAUSE = /(===|==|~=|<=|>=|!=|<|>|=|\^|~)\s*v?(\d+)(?:\.(\d+))?/g;

/** The requirement that keeps Lightning below 2.0 (`pytorch-lightning==1.5.10`), as written, if the text has one. */
export function lightningBelow2(text: string): string | undefined {
  if (!/lightning/i.test(text)) return undefined;
  // A commented-out requirement installs nothing.
  for (const match of text.replace(/#.*$/gm, '').matchAll(REQUIREMENT)) {
    const name = match[1]!;
    const rest = versionPartOf(match[2]!);
    if (rest === '') continue;
    // `pytorch-lightning==1.5.10` as pip writes it; poetry's `^1.9` after a space.
    if (highestMajor(rest) < 2) return /^[<>=!]|^~=/.test(rest) ? name + rest : `${name} ${rest}`;
  }
  return undefined;
}

/** The version specifier of a line's rest: up to the end of a quoted string or of the clause list. */
function versionPartOf(rest: string): string {
  const inPoetryTable = /^\s*version\s*=\s*["']([^"']*)["']/.exec(rest);
  const spec = inPoetryTable ? inPoetryTable[1]! : rest;
  // A quoted requirement (`"pytorch-lightning>=1.6,<2"`, setup.py, pyproject) ends at its quote; a line at a semicolon marker or a space.
  return (/^[^"';]*/.exec(spec)?.[0] ?? '').replace(/\s+$/, '').replace(/^[\s"']+/, '');
}

/** The highest major version the clauses allow; Infinity when nothing bounds it from above. */
function highestMajor(spec: string): number {
  let highest = Infinity;
  for (const clause of spec.matchAll(CLAUSE)) {
    const op = clause[1]!;
    const major = Number(clause[2]);
    const minor = clause[3] === undefined ? 0 : Number(clause[3]);
    let bound: number;
    if (op === '==' || op === '===' || op === '=' || op === '~=' || op === '^' || op === '~') bound = op === '~=' && clause[3] === undefined ? Infinity : major;
    // `<2` and `<2.0` stop at 1.x; `<2.1` lets 2.0 in.
    else if (op === '<') bound = minor === 0 ? major - 1 : major;
    else if (op === '<=') bound = major;
    else continue;
    highest = Math.min(highest, bound);
  }
  return highest;
}
