/**
 * A LightningModule that returns its scheduler with a metric to watch: matten's `configure_optimizers` returns
 * `{"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "monitor": self.monitor_key}}`, building the
 * scheduler from the config's `lr_scheduler: {class_path: torch.optim.lr_scheduler.ReduceLROnPlateau, …}`. Such a
 * config only looks like LightningCLI's: the program hands ReduceLROnPlateau its monitor itself. Unless a script runs
 * LightningCLI, which puts its own `configure_optimizers` in the module's place.
 */
import { blockLinesBelow, withoutCommentLines } from './python-call.js';

/** `def configure_optimizers(self):`, indented as a method. */
const CONFIGURE_OPTIMIZERS = /^([ \t]+)def[ \t]+configure_optimizers[ \t]*\([^\n]*:[ \t]*$/gm;
/** `"monitor": …` in a dict literal, or `monitor=…` in `dict(...)`. */
const MONITOR_ENTRY = /(?:["']monitor["'][ \t]*:|\bmonitor[ \t]*=(?!=))[ \t]*([^,\n}]+)/;
/** How many lines of the method are read: it is short. */
const BODY_LINES = 80;

/** The `monitor` entry a `configure_optimizers` of the script writes (`"monitor": self.monitor_key`), if any. */
export function configureOptimizersMonitor(pythonText: string): string | undefined {
  if (!pythonText.includes('configure_optimizers') || !pythonText.includes('monitor')) return undefined;
  const code = withoutCommentLines(pythonText);
  for (const m of code.matchAll(CONFIGURE_OPTIMIZERS)) {
    let read = 0;
    for (const line of blockLinesBelow(code, m.index + m[0].length, m[1]!.length)) {
      const entry = MONITOR_ENTRY.exec(line);
      if (entry) return entry[0].trim();
      if (++read === BODY_LINES) break;
    }
  }
  return undefined;
}

/**
 * Whether the script runs LightningCLI, which replaces a module's own `configure_optimizers` with one built from the
 * config's `optimizer` and `lr_scheduler`: a monitor written in the module's method then never reaches Lightning.
 */
export function callsLightningCli(pythonText: string): boolean {
  return pythonText.includes('LightningCLI') && /\bLightningCLI\s*\(/.test(withoutCommentLines(pythonText));
}
