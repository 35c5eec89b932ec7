/**
 * Hydra overrides a shell launcher passes with a config's name. FastHuBERT's `fasthubert_finetune.sh` runs fairseq's
 * Hydra app with `--config-dir …/config/finetune --config-name base_100h` and `optimization.max_update=80000
 * lr_scheduler.warmup_steps=8000` on the same command line, so the run never sees the file's `max_update: 25000`: the
 * file's value is replaced, as a script's `config["training"]["train_steps"] = …` replaces one (replaced-settings.ts).
 * Core has no file system: `@mlconfig/core/node` reads the launchers and matches the file by the path written here.
 */

export interface LauncherOverrides {
  /** The config file the command names, as a path ending: `finetune/base_100h.yaml` (the config folder's last part and the name). */
  readonly file?: string;
  /**
   * With no `--config-name`, the Python script the command runs (`train.py` in `python src/train.py trainer.max_epochs=5`):
   * the overrides apply to the primary config its `@hydra.main` names, which the walk matches (project-scripts.ts).
   */
  readonly program?: string;
  /** Each overridden key (dotted, without Hydra's `+`, `++` or `~`) with the override as written. */
  readonly keys: ReadonlyMap<string, string>;
}

/** A backslash at the end of a line continues the command on the next. */
const CONTINUATION = /\\[ \t]*\r?\n/g;
/** `--config-name base_100h`, `--config-name=base_100h.yaml`, `-cn base_100h`. */
const CONFIG_NAME = /(?:^|\s)(?:--config-name|-cn)(?:=|\s+)["']?([\w./-]+?)(?:\.yaml)?["']?(?=\s|;|$)/;
/** `--config-dir /abs/config/finetune`, `--config-path=conf`, `-cd conf`. */
const CONFIG_DIR = /(?:^|\s)(?:--config-dir|--config-path|-cd|-cp)(?:=|\s+)["']?([^\s"';]+)["']?/;
/** `optimization.max_update=80000`, `+model.x=1`, `++a.b=c`, `~model.optim.sched`: a Hydra override of a key. */
const OVERRIDE = /^["']?(\+\+|\+|~)?([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)(=|["']?$)/;
/** `CUDA_VISIBLE_DEVICES=4`: an environment assignment in front of the command, not an override. */
const ENVIRONMENT = /^[A-Z_][A-Z0-9_]*=/;
/** `python src/train.py`, `python3 -u train.py`, `torchrun --nproc_per_node 8 train.py`, `accelerate launch train.py`: the script a command runs. */
const PYTHON_SCRIPT = /(?:^|\s)(?:python[\d.]*|torchrun|accelerate\s+launch|deepspeed)\b[^\n]*?\s["']?((?:[\w.-]+\/)*([\w-]+\.py))["']?(?=\s|$)/;

/**
 * The Hydra overrides of every command in a shell script that names a config with `--config-name`, or that runs a
 * Python script with overrides (`python src/train.py trainer.max_epochs=5 model.lr=1e-3`).
 */
export function launcherOverrides(text: string): LauncherOverrides[] {
  if (!text.includes('config-name') && !text.includes('-cn') && !text.includes('.py')) return [];
  const out: LauncherOverrides[] = [];
  for (const line of text.replace(CONTINUATION, ' ').split('\n')) {
    if (/^\s*#/.test(line)) continue;
    const name = CONFIG_NAME.exec(line);
    // No config named: the overrides go to the primary config of the Hydra app the command runs, if it is one.
    const program = name ? undefined : PYTHON_SCRIPT.exec(line)?.[2];
    if (!name && program === undefined) continue;
    const keys = new Map<string, string>();
    for (const token of line.replace(/\s#.*$/, '').split(/\s+/)) {
      if (token === '' || token.startsWith('-') || ENVIRONMENT.test(token)) continue;
      const m = OVERRIDE.exec(token);
      // A bare word is a key only when Hydra's `~` deletes it; otherwise it is the command or an argument.
      if (!m || (m[3] !== '=' && m[1] !== '~')) continue;
      keys.set(m[2]!, token.replace(/^["']|["']$/g, ''));
    }
    if (keys.size === 0) continue;
    if (!name) {
      out.push({ program: program!, keys });
      continue;
    }
    const dir = CONFIG_DIR.exec(line)?.[1]?.replace(/\/+$/, '');
    const folder = dir === undefined ? undefined : dir.slice(dir.lastIndexOf('/') + 1);
    const useFolder = folder !== undefined && folder !== '' && folder !== '.' && folder !== '..' && !folder.includes('$') && !name[1]!.includes('/');
    out.push({ file: `${useFolder ? `${folder}/` : ''}${name[1]!}.yaml`, keys });
  }
  return out;
}
