/** The plugin's name, namespace and version, as ESLint shows them (and as `meta.languages` matching needs). */
import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export const PLUGIN_META = { name: pkg.name, version: pkg.version, namespace: 'mlconfig' } as const;
