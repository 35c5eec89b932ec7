/**
 * Where Hydra puts the keys of a config group's option: under the group's path (`train/default.yaml` of group `train`
 * gives `cfg.train.learning_rate`), unless a `# @package` header at the top of the file names another place
 * (`_global_` is the top of the config, `_group_` the group's path, anything else a dotted path).
 * https://hydra.cc/docs/advanced/overriding_packages/
 */

/** `# @package _global_` among the comment lines that open the file. */
const PACKAGE_HEADER = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*?[ \t]*#[ \t]*@package[ \t]+([\w.]+)/;

/** The dotted path the option's keys sit at (`train`, `model.encoder`), or undefined for the top of the config. */
export function hydraPackage(text: string, group: string | undefined): string | undefined {
  const header = PACKAGE_HEADER.exec(text.replace(/^\uFEFF/, ''))?.[1];
  const groupPath = group?.split('/').filter((s) => s !== '').join('.');
  if (header === undefined) return groupPath === '' ? undefined : groupPath;
  const [first, ...rest] = header.split('.');
  const base = first === '_global_' ? [] : first === '_group_' ? (groupPath ? [groupPath] : []) : [first!];
  const path = [...base, ...rest].join('.');
  return path === '' ? undefined : path;
}
