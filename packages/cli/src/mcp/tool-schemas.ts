/**
 * The tools' input and output schemas as zod shapes (the SDK turns them into the JSON Schemas that
 * clients see in `tools/list`, and validates arguments and structured results against them). Zod
 * is passed in because it is loaded only when the MCP server starts.
 */
import type * as Zod from 'zod';

type Z = typeof Zod.z;

export function schemas(z: Z) {
  const configInput = {
    path: z.string().min(1).optional().describe("A config file (or, for check_config, a folder) on disk. Use an absolute path; relative paths are resolved against the server's working folder."),
    text: z.string().optional().describe('The config itself, when it is not a file on disk. Give `format` (or `filename`) with it.'),
    format: z.enum(['yaml', 'json', 'jsonc', 'toml']).optional().describe('The format of `text`.'),
    filename: z.string().min(1).optional().describe('A file name for `text`, such as `ds_config.json`: it sets the format from the extension and helps framework detection.'),
  };
  const finding = z.object({
    ruleId: z.string(),
    severity: z.enum(['error', 'warn', 'info']),
    message: z.string(),
    explanation: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    endLine: z.number().int(),
    endColumn: z.number().int(),
    pointer: z.string().describe('JSON pointer of the value at fault.'),
    docsUrl: z.string().optional(),
    fix: z.string().optional().describe('What the automatic fix does (`mlconfig check --fix` applies it).'),
    suggestions: z.array(z.string()).optional().describe('Changes a person should choose between; never applied automatically.'),
  });
  const rule = {
    id: z.string(),
    description: z.string(),
    severity: z.enum(['error', 'warn', 'info']),
    category: z.string(),
    presets: z.array(z.string()),
    frameworks: z.array(z.string()),
    fixable: z.boolean(),
    docsUrl: z.string(),
  };
  return {
    checkInput: {
      ...configInput,
      preset: z.enum(['recommended', 'strict']).optional().describe('Rule preset. For files the project settings apply and this replaces their `extends`; text uses `recommended` unless set.'),
      worldSize: z.number().int().min(1).optional().describe('Number of processes (GPUs) the run uses, for batch-size arithmetic.'),
    },
    checkOutput: {
      ok: z.boolean().describe('True when there are no errors (warnings and infos may remain).'),
      summary: z.object({ files: z.number().int(), errors: z.number().int(), warnings: z.number().int(), infos: z.number().int(), fixable: z.number().int() }),
      files: z.array(z.object({ path: z.string(), findings: z.array(finding) })),
      fixedText: z.string().optional().describe('For `text` input with fixable findings: the text with the automatic fixes applied.'),
    },
    classifyInput: {
      ...configInput,
      includeOther: z.boolean().optional().describe('Also list fields that are neither hyperparameters nor learned parameters.'),
    },
    classifyOutput: {
      format: z.string(),
      loader: z.string().describe('The YAML loader assumed (pyyaml, pyyaml-sci, yacs, typed, omegaconf, jsonargparse, yaml-1.2), which decides how values such as `1e-4` are read.'),
      frameworks: z.array(z.object({ id: z.string(), name: z.string(), evidence: z.array(z.string()) })),
      counts: z.object({ hyperparameters: z.number().int(), learnedParameters: z.number().int(), other: z.number().int() }),
      fields: z.array(
        z.object({
          path: z.string(),
          pointer: z.string(),
          line: z.number().int(),
          column: z.number().int(),
          kind: z.enum(['hyperparameter', 'learned-parameter', 'other']),
          concept: z.string().optional(),
          shape: z.string(),
          evidence: z.array(z.string()),
        }),
      ),
    },
    explainInput: {
      ruleId: z.string().min(1).describe('A rule id from list_rules or from a finding, e.g. `yaml-sci-notation-string`.'),
    },
    explainOutput: {
      ...rule,
      references: z.array(z.object({ title: z.string(), url: z.string().optional() })),
      documentation: z.string().optional().describe("The rule's documentation page (markdown)."),
    },
    listRulesInput: {
      preset: z.enum(['recommended', 'strict']).optional().describe('Only the rules this preset enables.'),
      category: z.string().optional().describe('Only this category: range, consistency, advice, learned-parameters, framework, syntax, security.'),
      framework: z.string().optional().describe('Only rules that apply to this framework id (e.g. deepspeed, hf-trainer), including the general ones.'),
    },
    listRulesOutput: {
      rules: z.array(z.object(rule)),
    },
  };
}
