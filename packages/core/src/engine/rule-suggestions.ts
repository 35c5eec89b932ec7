/**
 * "Did you mean" for rule ids typed by people (`mlconfig explain warmup`, settings, MCP tools): ids
 * that start with what was typed, then ids containing it as a word, then near-misspellings; shorter
 * ids first within each group, so the most specific match leads.
 */
import type { Rule } from '../rule-kit/types.js';
import { editDistance } from '../rule-kit/suggest.js';

export function suggestRuleIds(query: string, rules: readonly Rule<object>[], limit = 3): string[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: [number, string][] = [];
  for (const { id } of rules) {
    let rank: number | undefined;
    if (id.startsWith(q)) rank = 0;
    else if (id.split('-').includes(q) || id.includes(`-${q}`)) rank = 1;
    else if (id.includes(q)) rank = 2;
    else if (editDistance(q, id, 3) <= Math.min(3, Math.floor(id.length / 4))) rank = 3;
    if (rank !== undefined) scored.push([rank * 1000 + id.length, id]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])).slice(0, limit).map(([, id]) => id);
}
