import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { walkNodes } from '../rule-kit/walk.js';
import type { ScalarNode } from '../document/types.js';
import { BOOL_11_WORDS as YAML11_BOOLEAN, BOOL_12 as BOOLEAN } from '../loader/yaml-scalars.js';

/** What the text before the comma would have been on its own: a number, a boolean or null in YAML 1.1 or 1.2. */
// The digits after a dot only follow the dot: `\d[\d_]*\.?\d*` would try every split of a long run of digits.
const NUMBER = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const NULL = /^(?:null|Null|NULL|~)$/;
/**
 * Keys that take a list of device indices, which Lightning (`devices`, `gpus`) and research scripts read from a string,
 * also under a prefix (PuTR's `AVAILABLE_GPUS: 0,` goes to `CUDA_VISIBLE_DEVICES` as written); a count (`num_gpus`) is none.
 */
const DEVICE_LIST_KEY = /^(?!(?:num|n|nb|number_of|total)_)(?:[a-z]\w*_)?(?:devices|gpus|gpu|gpu_ids|gpu_id|device_ids|cuda_visible_devices|visible_devices)$/i;

/**
 * `qkv_bias: True,` (M3ViT) or `lr: 0.001,` written in block YAML with a JSON or Python habit: outside `{ }` and
 * `[ ]` a comma separates nothing, so the plain scalar is `True,` and every YAML loader reads it as that string.
 * `float("0.001,")` raises, a string compares with no number, and `"False,"` is true in an `if`.
 */
export default defineRule({
  id: 'yaml-trailing-comma',
  severity: 'warn',
  category: 'syntax',
  description: 'Flag a number or boolean followed by a comma in block YAML, which every loader reads as a string',
  presets: ['recommended', 'strict'],
  fixable: true,
  references: [
    { title: 'YAML 1.2.2 §7.3.3 plain scalars: a comma is a flow indicator only inside flow collections', url: 'https://yaml.org/spec/1.2.2/#733-plain-style' },
    { title: 'PyYAML resolver: int, float and bool match the whole scalar', url: 'https://github.com/yaml/pyyaml/blob/main/lib/yaml/resolver.py' },
  ],
  check(ctx) {
    if (ctx.doc.format !== 'yaml') return;
    for (const { node, key } of walkNodes(ctx.doc)) {
      if (node.kind !== 'scalar' || node.style !== 'plain' || node.tag || typeof node.value !== 'string') continue;
      const meant = meantValue(node, ctx.loader.yaml11Booleans);
      if (meant === undefined) continue;
      // `devices: 0,` is Lightning's way of naming GPU 0 (a count would be `devices: 1`), and device lists in general
      // are strings that programs split at commas (`gpus: 0,`, `gpu_ids: 1,`): the comma is meant.
      if (key && DEVICE_LIST_KEY.test(String(key.value)) && /^\d+,$/.test(node.value)) continue;
      const text = node.value;
      const field = ctx.fields.find((f) => f.value === node);
      const where = field ? fieldName(field) : key ? `\`${String(key.value)}\`` : 'This list item';
      ctx.report({
        ...(field ? { field } : { node }),
        message: `\`${text}\` is read as the string "${text}", not as ${meant.described}: the comma is part of the value.`,
        explanation:
          `Outside \`{ }\` and \`[ ]\` a comma separates nothing in YAML, so ${where} holds the plain scalar \`${text}\`, which ${ctx.loader.name} and every other YAML loader read as a string. ` +
          `The program gets "${text}" where ${meant.described} was meant: \`float("${text}")\` raises, a string compares with no number, and any non-empty string, "False," too, counts as true in an \`if\`` +
          `${ctx.loader.decodesMappingValues && meant.python ? `; ${ctx.loader.name} decodes it with \`literal_eval\` into the one-element tuple (${meant.written},), which its type check refuses where the default is not a tuple` : ''}. ` +
          `Remove the comma: \`${meant.written}\`.`,
        fix: { description: `Write ${meant.written}`, edits: [{ range: node.range, text: meant.written }] },
      });
    }
  },
});

interface Meant {
  /** The value as the message names it: "the number 0.001", "the boolean true", "null". */
  readonly described: string;
  /** The scalar without its trailing comma. */
  readonly written: string;
  /** Whether Python's `literal_eval` reads the text before the comma (a number, `True`, `False`): yacs then makes a tuple of it. */
  readonly python: boolean;
}

/** The value the scalar would have without the commas at its end, when that is not a string. */
function meantValue(node: ScalarNode, yaml11Booleans: boolean): Meant | undefined {
  const text = node.value as string;
  if (!text.endsWith(',')) return undefined;
  // By hand, not `/\s*,+$/`: that backtracks over every run of spaces in a long scalar (quadratic time).
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 44 /* , */) end--;
  const written = text.slice(0, end).trimEnd();
  if (NUMBER.test(written) && /\d/.test(written)) return { described: `the number ${written}`, written, python: true };
  if (BOOLEAN.test(written)) return { described: `the boolean ${written.toLowerCase()}`, written, python: written === 'True' || written === 'False' };
  if (yaml11Booleans && YAML11_BOOLEAN.test(written)) return { described: `the boolean ${String(/^(?:yes|on)$/i.test(written))}`, written, python: false };
  if (NULL.test(written)) return { described: 'null', written, python: false };
  return undefined;
}
