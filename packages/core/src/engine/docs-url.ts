/** Where each rule's documentation lives: `docs/rules/<id>.md` in the mlconfig repository. */
export const DOCS_BASE_URL = 'https://github.com/mlconfig/mlconfig/blob/main/docs/rules/';

/** One string per rule, shared by all its diagnostics (a run may keep tens of thousands of them). */
const URLS = new Map<string, string>();

export function docsUrl(ruleId: string): string {
  let url = URLS.get(ruleId);
  if (url === undefined) URLS.set(ruleId, (url = `${DOCS_BASE_URL}${ruleId}.md`));
  return url;
}
