/**
 * The floor: read every file and parse it with the same parsers mlconfig uses (yaml's
 * Lexer → Parser → Composer via parseAllDocuments, jsonc-parser, toml-eslint-parser), and nothing
 * else. Any linter that keeps positions pays at least this.
 *
 *   node bench/floor.mjs <folder>
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseTree } from 'jsonc-parser';
import { parseTOML } from 'toml-eslint-parser';

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

let count = 0;
for (const dir of process.argv.slice(2)) {
  for (const file of statSync(dir).isDirectory() ? files(dir) : [dir]) {
    const text = readFileSync(file, 'utf8');
    if (/\.ya?ml$/.test(file)) parseAllDocuments(text, { uniqueKeys: false });
    else if (/\.json$/.test(file)) parseTree(text, [], { disallowComments: true });
    else if (/\.toml$/.test(file)) {
      try {
        parseTOML(text);
      } catch {
        // a parse error is a result too
      }
    } else continue;
    count++;
  }
}
process.stdout.write(`${count} files parsed\n`);
