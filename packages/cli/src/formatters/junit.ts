/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines, CircleCI):
 * one test suite per file and one test case per finding, as ESLint's junit formatter does. Errors
 * and warnings are failures; info findings (advice) are passing test cases whose advice is in
 * `<system-out>`, so they show up without failing the report. A file without findings is one
 * passing test case, so the report always says how many files were checked.
 */
import type { Diagnostic } from '@mlconfig/core';
import { severityWord } from './summary.js';
import type { Formatter } from './types.js';

export const junit: Formatter = (results) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of results) {
    const cases: string[] = [];
    let suiteFailures = 0;
    if (file.diagnostics.length === 0) {
      cases.push(`    <testcase time="0" name="mlconfig" classname="${attr(className(file.relativePath))}" />`);
    }
    for (const d of file.diagnostics) {
      const failing = d.severity !== 'info';
      if (failing) suiteFailures++;
      cases.push(testCase(file.relativePath, d, failing));
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${attr(file.relativePath)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mlconfig" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
};

function testCase(relativePath: string, d: Diagnostic, failing: boolean): string {
  const head = `    <testcase time="0" name="${attr(`mlconfig.${d.ruleId}`)}" classname="${attr(className(relativePath))}">`;
  const detail = `${relativePath}:${d.line}:${d.column}: ${severityWord(d.severity)}: ${d.message} (${d.ruleId})\n\n${d.explanation}${d.docsUrl ? `\n\n${d.docsUrl}` : ''}`;
  const body = failing
    ? `      <failure message="${attr(d.message)}" type="${severityWord(d.severity)}">${cdata(detail)}</failure>`
    : `      <system-out>${cdata(detail)}</system-out>`;
  return `${head}\n${body}\n    </testcase>`;
}

/** `configs/train.yaml` → `configs.train`, the dotted class name JUnit viewers group by. */
function className(relativePath: string): string {
  return relativePath.replace(/\.[^./]+$/, '').replace(/\//g, '.');
}

/** Characters XML 1.0 cannot hold at all, even escaped. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function attr(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(INVALID_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
