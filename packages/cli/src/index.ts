/** Programmatic entry points of the `mlconfig` package. */
export { main } from './main.js';
export type { FileResult } from './results.js';
export { createSchemaLoader } from './schemas/schema-loader.js';
export type { MlconfigSettings } from '@mlconfig/core';
