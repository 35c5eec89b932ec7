/** Replaced at bundle time with the CLI package's version. */
declare const __MLCONFIG_VERSION__: string | undefined;
export const VERSION: string = typeof __MLCONFIG_VERSION__ === 'string' ? __MLCONFIG_VERSION__ : '0.1.0';
