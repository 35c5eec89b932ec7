import { defineRule } from '../rule-kit/types.js';
import { walkNodes } from '../rule-kit/walk.js';
import type { Range } from '../document/types.js';

/** PyYAML tags that import a Python name or call a callable when an unsafe loader reads them. */
const UNSAFE = /^(?:!!|tag:yaml\.org,2002:)python\/(object\/apply|object\/new|object|name|module)(?::(.*))?$/;

/**
 * `!!python/object/apply:`, `!!python/object/new:`, `!!python/object:`, `!!python/name:` and
 * `!!python/module:` make PyYAML's `UnsafeLoader` (and `yaml.load` with `Loader=yaml.Loader`, as
 * yacs and detectron2 use) import and call arbitrary Python while reading the file. A config is data;
 * a config that runs code when loaded is a security risk and cannot be read by `yaml.safe_load`.
 */
export default defineRule({
  id: 'yaml-unsafe-python-tag',
  severity: 'error',
  category: 'security',
  description: 'Forbid PyYAML tags that import or call Python code when the file is loaded',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'PyYAML documentation: loading YAML (UnsafeLoader, full_load, safe_load)', url: 'https://pyyaml.org/wiki/PyYAMLDocumentation' },
    { title: 'CVE-2020-14343: arbitrary code execution through python/object/new in PyYAML', url: 'https://nvd.nist.gov/vuln/detail/CVE-2020-14343' },
    { title: 'detectron2 Base-RetinaNet.yaml: ANCHOR_GENERATOR SIZES built with !!python/object/apply:eval', url: 'https://github.com/facebookresearch/detectron2/blob/main/configs/Base-RetinaNet.yaml' },
  ],
  check(ctx) {
    if (ctx.doc.format !== 'yaml') return;
    for (const { node } of walkNodes(ctx.doc)) {
      const m = node.tag ? UNSAFE.exec(node.tag) : null;
      if (!m) continue;
      const kind = m[1];
      const target = m[2] ? m[2] : '';
      const calls = kind === 'object/apply' || kind === 'object/new' || kind === 'object';
      const evalLike = /^(?:eval|exec|os\.system|subprocess\.|builtins\.eval|builtins\.exec)/.test(target);
      ctx.report({
        range: tagRange(ctx.doc.text, node.tag!, node.range),
        pointer: node.pointer,
        message: `The \`${node.tag}\` tag makes PyYAML ${calls ? `call \`${target || 'a Python callable'}\`` : `import \`${target || 'a Python name'}\``} while loading the file.`,
        explanation:
          `This value is built by Python code at load time: with an unsafe loader (\`yaml.load(f, Loader=yaml.Loader)\` or \`UnsafeLoader\`, which yacs and detectron2 use) PyYAML ${calls ? 'imports and calls' : 'imports'} \`${target || 'the named object'}\`. ` +
          (evalLike ? 'Here that is an `eval`/`exec`-style call, so whoever can edit this file can run any code on the machine that loads it. ' : 'Whoever can edit this file can therefore make it run code on the machine that loads it. ') +
          '`yaml.safe_load` refuses the file, and no linter can know the resulting value. Write the computed value literally (e.g. the list the expression produces) and keep the computation in code.',
      });
    }
  },
});

/** Where the tag itself is written (just before the value), so the finding points at the tag. */
function tagRange(text: string, tag: string, value: Range): Range {
  const at = text.lastIndexOf(tag, value[0]);
  if (at >= 0 && /^\s*$/.test(text.slice(at + tag.length, value[0]))) return [at, at + tag.length];
  return value;
}
