/** Where each rule's documentation lives: `docs/rules/<id>.md` in the mlconfig repository. */
export const DOCS_BASE_URL = 'https://github.com/mlconfig/mlconfig/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
