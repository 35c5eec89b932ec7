import type { ConfigDocument, ConfigNode, MapNode } from '../document/types.js';
import type { CommandLineParsing } from '../model/command-line-parsing.js';
import type { ScriptFacts } from '../model/training-run.js';
import { resolve } from './apply-loader.js';
import type { LoaderProfile } from './profiles.js';
import { own } from '../util/own.js';

/**
 * The values of a W&B sweep that reach its program as command-line text. `wandb agent` runs the sweep's `program` with
 * each parameter as `--name=value` (the default `command`, or one that holds `${args}`) or as `name=value` (Hydra's
 * `${args_no_hyphens}`), so `value: 1e-4`, which PyYAML reads as a string, is `--min_delta=1e-4` on the command line,
 * and an option parsed with `type=float` (VQVAE-anomaly-detection's `train.py`), by LightningCLI's declared types
 * (WildfireSpreadTS) or by Hydra's override grammar makes it a number. Only `value` and `values` are passed on: the
 * sweep controller compares `min` and `max` itself, and a string there fails (wandb/wandb#1129), so those keep what the
 * loader read.
 */
export function applySweepCommandLine(doc: ConfigDocument, loader: LoaderProfile, scripts: ScriptFacts | undefined): void {
  const root = doc.documents.length === 1 ? doc.documents[0].root : undefined;
  if (doc.format !== 'yaml' || root?.kind !== 'map' || scripts?.commandLines === undefined) return;
  const parsing = own(scripts.commandLines, programOf(root) ?? '');
  const parameters = entryOf(root, 'parameters');
  if (parsing === undefined || parameters?.kind !== 'map') return;
  const converts = converterOf(parsing, argumentsMacro(root));
  const lenient = { ...loader, sciNotationNeedsDot: false };
  for (const p of parameters.entries) {
    if (p.value.kind !== 'map' || !converts(String(p.key.value))) continue;
    const value = entryOf(p.value, 'value');
    if (value?.kind === 'scalar') resolve(value, lenient);
    const values = entryOf(p.value, 'values');
    if (values?.kind === 'seq') for (const item of values.items) if (item.kind === 'scalar') resolve(item, lenient);
  }
}

/** Which parameters the program turns into numbers, given how the sweep passes them. */
function converterOf(parsing: CommandLineParsing, macro: string | undefined): (name: string) => boolean {
  // `--weight-decay=1e-05` reaches argparse's `weight_decay` (CVPR21Chal-SLR's sweep names its parameters as its flags).
  if (macro === '${args}') return parsing.typed === 'jsonargparse' ? () => true : (name) => parsing.floats.includes(name.replace(/-/g, '_'));
  if (macro === '${args_no_hyphens}' && parsing.typed === 'hydra') return () => true;
  return () => false;
}

/** The macro that passes the parameters: `${args}` when there is no `command` (wandb's default ends with it). */
function argumentsMacro(root: MapNode): string | undefined {
  const command = entryOf(root, 'command');
  if (command === undefined) return '${args}';
  if (command.kind !== 'seq') return undefined;
  for (const item of command.items) if (item.kind === 'scalar' && typeof item.value === 'string' && item.value.startsWith('${args')) return item.value;
  return undefined;
}

/** The file name of the sweep's `program` (`src/train.py` is `train.py`, as the scripts are named). */
function programOf(root: MapNode): string | undefined {
  const program = entryOf(root, 'program');
  if (program?.kind !== 'scalar' || typeof program.value !== 'string') return undefined;
  return program.value.split(/[\\/]/).pop();
}

function entryOf(map: MapNode, key: string): ConfigNode | undefined {
  return map.entries.find((e) => e.key.value === key)?.value;
}
