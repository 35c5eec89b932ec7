/**
 * Renders each planned report and sends it where it goes: stdout, or a file written atomically
 * (a CI step that reads `results.sarif` never sees half of it). Under GitHub Actions the `github`
 * report also appends a markdown version to the job summary, since annotations are capped at ten
 * errors and ten warnings per step.
 */
import { appendFileSync } from 'node:fs';
import { writeFileAtomic } from '../fix/atomic-write.js';
import type { Io } from '../io/io.js';
import type { FileResult } from '../results.js';
import { markdown } from './markdown.js';
import type { OutputTarget } from './output-plan.js';
import type { FormatContext } from './types.js';

/** Returns false when a report file could not be written (said on stderr; the others are still written). */
export function writeReports(targets: readonly OutputTarget[], results: readonly FileResult[], ctx: Omit<FormatContext, 'color'>, stdoutColor: boolean, io: Io): boolean {
  let ok = true;
  for (const target of targets) {
    const text = target.formatter(results, { ...ctx, color: target.file === undefined && stdoutColor });
    if (target.file === undefined) io.stdout(text);
    else {
      try {
        writeFileAtomic(target.file, text, { createDirs: true });
      } catch (err) {
        io.stderr(`mlconfig: could not write the ${target.format} report to ${target.file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).\n`);
        ok = false;
      }
    }
    if (target.format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
      try {
        appendFileSync(io.env.GITHUB_STEP_SUMMARY, markdown(results, { ...ctx, color: false }));
      } catch (err) {
        io.stderr(`mlconfig: could not write the GitHub job summary (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).\n`);
      }
    }
  }
  return ok;
}
