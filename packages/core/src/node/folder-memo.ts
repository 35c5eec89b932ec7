/**
 * What was learnt from the files of a folder, kept per folder. `mlconfig check` reads each folder once per run; a
 * long-lived ESLint in an editor (`revalidateAfterMs`) checks the folder's stamp (names, sizes and modification times
 * of the files that matter) again when that much time has passed, and reads the folder again only when it changed.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export class FolderMemo<T> {
  private readonly known = new Map<string, { stamp: string; checkedAt: number; readonly value: T }>();

  /**
   * @param read what the folder says (read when first asked, and again when its stamp changed)
   * @param counts which of the folder's entries the stamp covers
   */
  constructor(
    private readonly read: (folder: string) => T,
    private readonly counts: (entry: Dirent) => boolean,
    private readonly revalidateAfterMs?: number,
  ) {}

  get(folder: string): T {
    const known = this.known.get(folder);
    const after = this.revalidateAfterMs;
    if (known !== undefined && (after === undefined || Date.now() - known.checkedAt < after)) return known.value;
    // Without revalidation there is nothing to compare a stamp with: a run reads each folder once.
    const stamp = after === undefined ? '' : folderStamp(folder, this.counts);
    const checkedAt = Date.now();
    if (known !== undefined && known.stamp === stamp) {
      known.checkedAt = checkedAt;
      return known.value;
    }
    const value = this.read(folder);
    this.known.set(folder, { stamp, checkedAt, value });
    return value;
  }
}

/** A folder's entries, sorted by name; none when it cannot be listed. */
export function entriesOf(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** What changes when a counted entry of the folder is added, removed or edited. */
function folderStamp(folder: string, counts: (entry: Dirent) => boolean): string {
  const parts: string[] = [];
  for (const entry of entriesOf(folder)) {
    if (!counts(entry)) continue;
    // A folder counts by name: its modification time changes whenever something inside it does (a run's outputs).
    if (entry.isDirectory()) {
      parts.push(`${entry.name}/`);
      continue;
    }
    try {
      const stat = statSync(join(folder, entry.name));
      parts.push(`${entry.name}\u0000${stat.size}\u0000${stat.mtimeMs}`);
    } catch {
      parts.push(entry.name);
    }
  }
  return parts.join('\u0001');
}
