import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import type { ConfigNode, ScalarNode } from '../document/types.js';
import { toDotted } from '../document/pointer.js';
import { fieldName } from '../rule-kit/helpers.js';
import { isPyYamlNumericString } from '../loader/yaml-scalars.js';
import { isWandbSweep } from '../model/wandb-sweep.js';

/**
 * PyYAML implements YAML 1.1, whose float needs a dot and a signed exponent: `1e-4` and `1.0e5`
 * load as the strings "1e-4" and "1.0e5". The training script then compares or multiplies a string
 * and crashes, or passes it on. Only reported where the detected loader is PyYAML-like; OmegaConf
 * (Hydra, NeMo, LLM Foundry, LLaMA-Factory) and jsonargparse (LightningCLI, LitGPT) add a float
 * resolver and read these as numbers; yacs (detectron2) decodes a mapping's string values with
 * Python's literal_eval when it merges the file, so only its list items stay strings.
 */
const SWEEP_NOTE =
  ' This is a W&B sweep: `wandb sweep` reads it with PyYAML, and the sweep controller compares `min` and `max` as read, so a string bound stops the sweep. ' +
  'A `value` is passed to the program as `--name=value` text, which is harmless only where the program parses that option with `type=float`.';

const ASSUMED_LOADER =
  ' No framework mlconfig knows is recognised in this file, so it assumed PyYAML, the most common loader. If the program reads the file ' +
  'another way (Hydra/OmegaConf, ruamel.yaml, or its own `float()`), set the `loader` setting for these files (`omegaconf`, `yaml-1.2`, `typed`) and the finding goes away.';

export default defineRule({
  id: 'yaml-sci-notation-string',
  severity: 'warn',
  category: 'syntax',
  description: 'Flag numbers like `1e-4` that PyYAML (YAML 1.1) loads as strings',
  presets: ['recommended', 'strict'],
  fixable: true,
  references: [
    { title: 'PyYAML float resolver (YAML 1.1): a dot is required', url: 'https://github.com/yaml/pyyaml/blob/main/lib/yaml/resolver.py' },
    { title: 'LLaMA-Factory #4014: learning rate 2e-5 read as a string', url: 'https://github.com/hiyouga/LLaMA-Factory/issues/4014' },
    { title: 'yacs #46: scientific notation loaded as str', url: 'https://github.com/rbgirshick/yacs/issues/46' },
    { title: 'wandb #1129: a sweep bound written 1e-4 is a string to the controller', url: 'https://github.com/wandb/wandb/issues/1129' },
  ],
  check(ctx) {
    if (ctx.doc.format !== 'yaml' || !ctx.loader.sciNotationNeedsDot) return;
    // PyYAML because nothing named the program that reads the file: say how to tell mlconfig otherwise.
    const assumed = ctx.loaderAssumed;
    const sweep = isWandbSweep(ctx.index) && ctx.scripts.sweepFromScript === undefined;
    const axolotl = ctx.hasFramework('axolotl');
    for (const field of ctx.fields) {
      if (coercedByFramework(axolotl, field)) continue;
      // `--moe-aux-loss-coeff: 1e-2` (Megatron-LM launcher files) is a command-line flag: its value is
      // written into the command line as text and argparse converts it, so a string is what it should be.
      if (field.name.startsWith('--')) continue;
      if (isEnvironmentVariable(field)) continue;
      // Under yacs, a mapping's `1e-4` is already a float here (applyLoader decodes it as yacs does), so
      // only list items, which yacs leaves alone, are still strings to report.
      if (field.value.kind === 'scalar') check(field.value, field);
      // Items of lists (`betas: [9e-1, 0.999]`) are read by the same resolver.
      else if (field.value.kind === 'seq') items(field.value.items, field);
    }

    function items(nodes: readonly ConfigNode[], field: Field): void {
      for (const node of nodes) {
        if (node.kind === 'scalar') check(node, undefined);
        else if (node.kind === 'seq') items(node.items, field);
      }
    }

    function check(node: ScalarNode, field: Field | undefined): void {
      if (node.style !== 'plain' || node.tag || typeof node.value !== 'string') return;
      const text = node.raw.trim();
      if (!isPyYamlNumericString(text)) return;
      const name = field ? fieldName(field) : '`' + toDotted(node.path) + '`';
      const fixed = pyYamlFloat(text);
      ctx.report({
        ...(field ? { field } : { node }),
        message: `${text} is read as the string "${text}" by ${ctx.loader.name}, not as a number.`,
        explanation:
          `${name} is written \`${text}\`. PyYAML follows YAML 1.1, where a float needs a decimal point and a signed exponent, so \`yaml.safe_load\` returns the string "${text}"; ` +
          `code that uses it as a number fails (\`'<=' not supported between instances of 'float' and 'str'\`) or passes the string on. Write \`${fixed}\`, which every YAML loader reads as a float.` +
          (sweep ? SWEEP_NOTE : '') +
          (assumed ? ASSUMED_LOADER : ''),
        fix: { description: `Write ${fixed}`, edits: [{ range: node.range, text: fixed }] },
      });
    }
  },
});

/** `1e-4` → `1.0e-4`, `5E6` → `5.0E+6`, `1.5e5` → `1.5e+5`: the same number in PyYAML's float syntax. */
export function pyYamlFloat(text: string): string {
  const m = /^([-+]?)([0-9][0-9_]*)(?:\.([0-9_]*))?([eE])([-+]?)([0-9]+)$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac, e, expSign, exp] = m;
  return `${sign}${int}.${frac && frac.length > 0 ? frac : '0'}${e}${expSign || '+'}${exp}`;
}

/**
 * An environment variable set by a launcher (SkyPilot's `envs: {LEARNING_RATE: 1e-4}`, docker-compose's `environment:`,
 * Ray's `env_vars:`): every environment variable is a string, and the program converts what it reads from `os.environ`
 * (or the shell hands `$LEARNING_RATE` to a command line), so PyYAML's string changes nothing. An RL `env:` block's
 * settings are not UPPER_CASE and stay checked.
 */
const ENVIRONMENT_BLOCKS = new Set(['env', 'envs', 'environment', 'env_vars', 'environment_variables']);
function isEnvironmentVariable(field: Field): boolean {
  return field.parent !== undefined && ENVIRONMENT_BLOCKS.has(field.parent.normalized) && /^[A-Z][A-Z0-9_]*$/.test(field.name);
}

/** axolotl validates with pydantic, which turns numeric strings into floats for its typed top-level fields. */
function coercedByFramework(axolotl: boolean, field: Field): boolean {
  return axolotl && field.path.length === 1 && field.kind === 'hyperparameter';
}
