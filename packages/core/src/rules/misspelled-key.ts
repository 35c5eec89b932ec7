import { UNREAD_KEY_REFERENCES } from '../rule-kit/project-code.js';
import { defineRule, type Fix, type RuleContext } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { looksLikeTrainingConfig } from '../classify/training-config.js';
import type { Field } from '../classify/classify.js';
import { knownFrameworkKeys } from '../rule-kit/known-words.js';
import { intendedName, otherCaseName, type Intended } from '../rule-kit/misspelt-names.js';
import { entriesOf } from '../rule-kit/field-index.js';
import { readSection, readWithoutNaming } from '../rule-kit/read-section.js';
import { builtIntoClass } from '../rule-kit/other-names.js';
import type { CodeVocabulary } from '../model/training-run.js';
import { frameworkById } from '../model/frameworks.js';

/**
 * A key that the project's code never reads, while it reads a name that differs from it in one word by one letter, a
 * word the code never uses: calm-pde's `scheduler_warumup_fraction` (twice) and `scheudler_warmup_fraction`, beside
 * training scripts that read `scheduler_warmup_fraction`. YAML and a dictionary take any key; the program falls back to
 * its default (`cfg.get(...)`) or to nothing, and the value written never reaches training.
 *
 * Only where the project's whole Python code was read (a repository's top reached, every folder and script readable):
 * a script not read could name the key. A word the code uses anywhere, in a name or a string (`epoches` read as
 * `cfg.num_epoches`), or one that frameworks use in their keys, is a spelling on purpose. Words with digits
 * (`conv1`/`conv2`), short words and a plural beside its singular are other settings, not typos, and the keys of a
 * section the code goes through entry by entry (`cfg.class_weights.items()`) are data. In a file a framework with a known schema reads,
 * a near-miss of that framework's key is unknown-key's finding.
 *
 * A key the code reads only in another case is reported too (Lornatang's SwinIR writes `SEED: 0` and its scripts read
 * `config["seed"]`, a KeyError at start-up), where the code reads the keys beside it as written and the other spelling
 * as a key of the same section (see readByExactName).
 */
export default defineRule({
  id: 'misspelled-key',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a key the project's code never reads when it reads a name one letter away, or the same name in another case (a misspelt key is silently ignored)",
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: UNREAD_KEY_REFERENCES,
  check(ctx) {
    const vocabulary = ctx.scripts.codeVocabulary;
    if (vocabulary === undefined || !looksLikeTrainingConfig(ctx.fields, ctx.frameworks)) return;
    const withSchema = ctx.frameworks.length > 0;
    for (const field of ctx.fields) {
      // The keys of a section the code goes through entry by entry are data (`class_weights: {backgroud: 1.0}`).
      if (field.parent !== undefined && vocabulary.iterated.has(field.parent.name.toLowerCase())) continue;
      // Hydra reads its own settings (`hydra: {output_subdir: null}`) and the defaults list.
      if (field.path[0] === 'hydra' || field.path[0] === 'defaults') continue;
      const intended = intendedName(field.name, vocabulary);
      if (intended === undefined) {
        const other = otherCaseName(field.name, vocabulary);
        if (other !== undefined && readByExactName(field, other.name, vocabulary, ctx.fields, ctx.packagePath) && !(frameworkReadsFile(ctx) && knownFrameworkKeys().has(field.name.toLowerCase()))) reportCase(ctx, field, other);
        continue;
      }
      // In a framework's file, the framework's own keys are unknown-key's to check against its schema.
      if (withSchema && knownFrameworkKeys().has(intended.name.toLowerCase())) continue;
      report(ctx, field, intended);
    }
  },
});

function report(ctx: RuleContext<object>, field: Field, intended: Intended): void {
  const key = field.name;
  const rename: Fix = { description: `Rename to \`${intended.name}\``, edits: [replaceScalar(field.key, intended.name)] };
  ctx.report({
    field,
    on: 'key',
    message: `No script of the project reads \`${key}\` (did you mean \`${intended.name}\`?).`,
    explanation:
      `${fieldName(field)} is named nowhere in the project's Python code, which reads \`${intended.name}\` (in ${intended.script}) and never uses the word \`${intended.misspelt}\`, one letter away from \`${intended.word}\`. ` +
      'A YAML or JSON file and the dictionary it loads into take any key: the program asks for the name it knows and gets its default, or fails with a KeyError or AttributeError when it gets there; either way the value written here never reaches training. ' +
      `Rename the key to \`${intended.name}\`; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line misspelled-key\` comment.`,
    suggestions: [rename],
  });
}

/**
 * Whether the code reads the key's level by exact name, so that a key it names only in another case is not read: two
 * keys beside it are named as written, no section around it is handed on whole, gone through or read with keys built
 * at run time, where a callee could take the key as written, and no script renames keys by case. The other spelling is
 * read as a key of the same section, or straight off a config for a key at the top (`config["seed"]`), not as some
 * module's name (`logging.DEBUG` beside a `debug:` key).
 */
function readByExactName(field: Field, other: string, vocabulary: CodeVocabulary, fields: readonly Field[], packagePath: string | undefined): boolean {
  if (vocabulary.keysRecased) return false;
  let besideRead = 0;
  for (const g of entriesOf(fields, field.container).values()) if (g !== field && vocabulary.exactNames.has(g.name)) besideRead++;
  if (besideRead < 2) return false;
  const section = readSection(field, packagePath);
  if (builtIntoClass(field, fields)) return false;
  if (section === undefined) return vocabulary.rootReads.has(other);
  if (readWithoutNaming(section.enclosing, vocabulary)) return false;
  return vocabulary.sectionReads.get(`${section.name}.${other}`.toLowerCase())?.name.endsWith(`.${other}`) === true;
}

/**
 * Whether a framework detected in the file reads it: one whose loader the project's scripts ruled out (Lornatang's SwinIR
 * writes yacs-style `SEED` and `MODEL` but reads them with `yaml.safe_load`) only lent the file its key names.
 */
function frameworkReadsFile(ctx: RuleContext<object>): boolean {
  return ctx.frameworks.some((f) => {
    const loader = frameworkById(f.id)?.yamlLoader;
    return loader === undefined || loader === ctx.loader.id;
  });
}

function reportCase(ctx: RuleContext<object>, field: Field, read: { readonly name: string; readonly script: string }): void {
  const rename: Fix = { description: `Rename to \`${read.name}\``, edits: [replaceScalar(field.key, read.name)] };
  ctx.report({
    field,
    on: 'key',
    message: `No script of the project reads \`${field.name}\` (did you mean \`${read.name}\`?).`,
    explanation:
      `${fieldName(field)} is named nowhere in the project's Python code, which reads \`${read.name}\` (in ${read.script}) and names the keys beside it as they are written here. The two differ only in case, and Python's dictionaries and attributes tell them apart: \`config["${read.name}"]\` does not find \`${field.name}\`. ` +
      'The program fails with a KeyError or AttributeError when it gets there, or falls back to its default; either way the value written here never reaches training. ' +
      `Rename the key to \`${read.name}\`; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line misspelled-key\` comment.`,
    suggestions: [rename],
  });
}
