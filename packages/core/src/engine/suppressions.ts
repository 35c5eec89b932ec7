/**
 * Inline suppressions written in the file's own comments, ESLint-style:
 *
 *   # mlconfig-disable-next-line lr-without-schedule -- hyperopt result
 *   lr: 0.0858                      # mlconfig-disable-line
 *   # mlconfig-disable dropout-range
 *   ...
 *   # mlconfig-enable dropout-range
 *
 * `#` in YAML and TOML, `//` or `/* *\/` in JSONC and JS. Without rule ids a directive covers every
 * rule. Text after ` -- ` is a reason and is ignored.
 */
import type { Comment } from '../document/types.js';
import type { LineIndex } from '../document/line-index.js';

const DIRECTIVE = /^\s*mlconfig-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

export interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids, or empty for all rules. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly comment: Comment;
}

export function parseDirectives(comments: readonly Comment[], lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const body = m[2].split(/\s--\s|\s--$/)[0];
    const rules = body.split(/[\s,]+/).filter((r) => r.length > 0);
    out.push({ kind: m[1] as Directive['kind'], rules, line: lines.positionAt(comment.range[0]).line, comment });
  }
  return out;
}

/** Decides whether a finding of `ruleId` starting on `line` is suppressed. */
export class Suppressions {
  private readonly lineRules = new Map<number, string[] | 'all'>();
  private readonly blocks: { from: number; to: number; rules: readonly string[] | 'all' }[] = [];

  constructor(directives: readonly Directive[]) {
    const open = new Map<string, number>(); // rule id or '*' → line where disable started
    for (const d of directives) {
      const ids = d.rules.length === 0 ? ['*'] : d.rules;
      switch (d.kind) {
        case 'disable-next-line':
          this.addLine(d.line + 1, d.rules);
          break;
        case 'disable-line':
          this.addLine(d.line, d.rules);
          break;
        case 'disable':
          for (const id of ids) if (!open.has(id)) open.set(id, d.line);
          break;
        case 'enable':
          for (const id of ids) {
            if (id === '*') {
              for (const [openId, from] of open) this.blocks.push({ from, to: d.line, rules: openId === '*' ? 'all' : [openId] });
              open.clear();
            } else {
              const from = open.get(id);
              if (from !== undefined) {
                this.blocks.push({ from, to: d.line, rules: [id] });
                open.delete(id);
              }
            }
          }
          break;
      }
    }
    for (const [id, from] of open) this.blocks.push({ from, to: Infinity, rules: id === '*' ? 'all' : [id] });
  }

  private addLine(line: number, rules: readonly string[]): void {
    const existing = this.lineRules.get(line);
    if (rules.length === 0 || existing === 'all') this.lineRules.set(line, 'all');
    else this.lineRules.set(line, [...(existing ?? []), ...rules]);
  }

  isSuppressed(ruleId: string, line: number): boolean {
    const onLine = this.lineRules.get(line);
    if (onLine === 'all' || onLine?.includes(ruleId)) return true;
    for (const b of this.blocks) {
      if (line >= b.from && line <= b.to && (b.rules === 'all' || b.rules.includes(ruleId))) return true;
    }
    return false;
  }
}
