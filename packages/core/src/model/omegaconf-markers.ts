/**
 * Constructs only OmegaConf reads, found in a YAML file's text: a resolver interpolation (`${path:"../data"}`,
 * `${oc.env:HOME}`), a relative one (`${..seed}`) or a mandatory `???` value. To PyYAML they are strings that no program
 * would write on purpose, so a file holding one is read by OmegaConf — and so, in practice, are the configs beside it
 * that the same program merges with it (a Kaggle solution's `config/global.yaml` with `${path:...}`, merged under each
 * `config/exp_*.yaml` by `OmegaConf.merge`). Core has no file system: `@mlconfig/core/node` reads the folder.
 */

// A shell default (`${VAR:-x}`) is not a resolver.
const INTERPOLATION = /\$\{(?:\.+\w|[a-z_][\w.]*:(?!-))[^}\n]{0,80}\}?/;
const MISSING_VALUE = /:[ \t]+\?\?\?[ \t]*(?:#.*)?$/;
const COMMENT_LINE = /^\s*#/;
/** The marker as cited; a long interpolation is cut. */
const MAX_SHOWN = 40;

/** The first construct in the text that only OmegaConf reads, as written; undefined when there is none. */
export function omegaconfMarker(yamlText: string): string | undefined {
  if (!yamlText.includes('${') && !yamlText.includes('???')) return undefined;
  for (const line of yamlText.split('\n')) {
    if (COMMENT_LINE.test(line)) continue;
    const interpolation = INTERPOLATION.exec(line);
    if (interpolation) return shown(interpolation[0]);
    if (MISSING_VALUE.test(line)) return '???';
  }
  return undefined;
}

function shown(marker: string): string {
  return marker.length <= MAX_SHOWN ? marker : `${marker.slice(0, MAX_SHOWN - 1)}…`;
}
