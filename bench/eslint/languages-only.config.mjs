// The same ESLint languages and files as with-plugin.config.mjs, with no rules: what ESLint costs
// on these files before any rule runs, so the plugin's share can be measured.
import mlconfig from '../../packages/eslint-plugin/dist/index.js';

export default mlconfig.configs.recommended
  .filter((block) => !/\/(?:js|ts)$/.test(block.name ?? ''))
  .map(({ rules: _rules, ...block }) => block);
