// The same ESLint languages and files as with-plugin.config.mjs, with one rule that does nothing:
// what ESLint itself costs once any rule is on (rule contexts, listeners, the report machinery),
// so the plugin's share can be told from the price of running rules in ESLint at all.
import mlconfig from '../../packages/eslint-plugin/dist/index.js';

const noop = {
  meta: { type: 'problem', languages: ['*'], schema: [] },
  create: () => ({}),
};

export default mlconfig.configs.recommended
  .filter((block) => !/\/(?:js|ts)$/.test(block.name ?? ''))
  .map(({ rules: _rules, plugins, ...block }) => ({ ...block, plugins: { ...plugins, bench: { rules: { noop } } }, rules: { 'bench/noop': 'error' } }));
