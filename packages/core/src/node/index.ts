/**
 * `@mlconfig/core/node`: what front-ends that lint files on disk share, and the only part of core that
 * touches the file system. The main entry stays pure (text in, diagnostics out).
 */
export { ConfigGroupLayout, configGroupsFingerprint, searchPathFingerprint, yamlCountFingerprint, type ConfigGroupLayoutOptions, type LayoutAnalyzeOptions } from './config-groups.js';
export { relatedReader, RELATED_MAX_FILE_SIZE } from './related-reader.js';
export { scriptsFingerprint, subfoldersFingerprint } from './project-scripts.js';
export { toPosix } from './posix-path.js';
