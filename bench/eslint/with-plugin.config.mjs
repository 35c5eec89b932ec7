// ESLint with eslint-plugin-mlconfig's recommended config, on the YAML/JSON/TOML languages it needs.
import mlconfig from '../../packages/eslint-plugin/dist/index.js';

export default [...mlconfig.configs.recommended.filter((block) => !/\/(?:js|ts)$/.test(block.name ?? ''))];
