/**
 * `mlconfig mcp`: a Model Context Protocol server over stdio (SDK v1: McpServer +
 * StdioServerTransport) so chat assistants can ask "is this training config sane?" and get the
 * same findings as the CLI. Every tool is read-only; results carry structured content (validated
 * against each tool's output schema) and a readable markdown text. Bad input becomes an `isError`
 * result the model can act on; nothing a client sends can crash the server.
 *
 * stdout belongs to the protocol, so logs go to stderr and console output is redirected there.
 * The server ends cleanly when stdin closes or on SIGTERM/SIGINT.
 */
import type { McpServer as McpServerType } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Io } from '../io/io.js';
import { VERSION } from '../version.js';
import { checkConfig } from './check-tool.js';
import { classifyConfig } from './classify-tool.js';
import { ToolInputError } from './inputs.js';
import { explainRule, listRules } from './rules-tools.js';
import { schemas } from './tool-schemas.js';

const INSTRUCTIONS =
  'mlconfig lints machine-learning training configs (YAML, JSON, TOML): learning-rate schedules, warmup, batch-size arithmetic, optimizer settings, PyYAML number quirks, learned weights in configs. ' +
  'Use check_config on a file path (absolute) or on config text, show the user the findings with their line numbers and explanations, and ask before editing their files.';

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

export async function runMcpServer(io: Io): Promise<number> {
  const [{ McpServer }, { StdioServerTransport }, { z }] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/mcp.js'),
    import('@modelcontextprotocol/sdk/server/stdio.js'),
    import('zod'),
  ]);
  const log = (message: string): void => io.stderr(`mlconfig mcp: ${message}\n`);
  redirectConsole(log);

  const server = new McpServer({ name: 'mlconfig', version: VERSION }, { instructions: INSTRUCTIONS });
  registerTools(server, schemas(z), io.cwd, log);
  server.server.onerror = (err) => log(`protocol error: ${err.message}`);

  const transport = new StdioServerTransport();
  const closed = new Promise<string>((resolve) => {
    process.stdin.once('end', () => resolve('stdin closed'));
    process.stdin.once('close', () => resolve('stdin closed'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  await server.connect(transport);
  log(`ready on stdio (mlconfig ${VERSION}, working folder ${io.cwd})`);
  const reason = await closed;
  log(`${reason}; shutting down`);
  await server.close();
  // Nothing should keep the process alive now; if a dependency does, do not hang the client.
  setTimeout(() => process.exit(0), 2000).unref();
  return 0;
}

type Schemas = ReturnType<typeof schemas>;

function registerTools(server: McpServerType, s: Schemas, cwd: string, log: (m: string) => void): void {
  server.registerTool(
    'check_config',
    {
      title: 'Check a training config',
      description:
        'Lint a machine-learning training config (YAML, JSON or TOML; Hugging Face Trainer, TRL, axolotl, DeepSpeed, Lightning, Hydra, NeMo, torchtitan, ...) and return every finding with its rule, severity, exact line and column, explanation and fix. ' +
        'Give `path` (an absolute path to a file or folder; the project settings apply) or `text` with its `format`. A config that does not parse is reported as a `parse-error` finding at its position.',
      inputSchema: s.checkInput,
      outputSchema: s.checkOutput,
      annotations: { title: 'Check a training config', ...READ_ONLY },
    },
    (args) => run('check_config', log, async () => checkConfig(args, cwd)),
  );
  server.registerTool(
    'classify_config',
    {
      title: 'Classify the fields of a config',
      description:
        'Tell hyperparameters (set by a person: learning rate, batch size, warmup, ...) from learned parameters (weights, biases, coefficients, running statistics) in one config, with the concept and evidence for each field, the detected frameworks and the YAML loader assumed. Give `path` (absolute) or `text` with `format`.',
      inputSchema: s.classifyInput,
      outputSchema: s.classifyOutput,
      annotations: { title: 'Classify the fields of a config', ...READ_ONLY },
    },
    (args) => run('classify_config', log, async () => classifyConfig(args, cwd)),
  );
  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a rule',
      description: "Explain one mlconfig rule: what it checks, why it matters, examples, options and sources (the rule's documentation page).",
      inputSchema: s.explainInput,
      outputSchema: s.explainOutput,
      annotations: { title: 'Explain a rule', ...READ_ONLY },
    },
    (args) => run('explain_rule', log, async () => explainRule(args.ruleId)),
  );
  server.registerTool(
    'list_rules',
    {
      title: 'List the rules',
      description: "List mlconfig's rules with their default severity, category, presets, frameworks and whether they are fixable; optionally filtered by preset, category or framework.",
      inputSchema: s.listRulesInput,
      outputSchema: s.listRulesOutput,
      annotations: { title: 'List the rules', ...READ_ONLY },
    },
    (args) => run('list_rules', log, async () => listRules(args)),
  );
}

/** Runs a tool: its answer as structured content plus text, or an `isError` result; never a throw. */
async function run(name: string, log: (m: string) => void, body: () => Promise<{ structured: Record<string, unknown>; text: string }>): Promise<CallToolResult> {
  try {
    const { structured, text } = await body();
    return { content: [{ type: 'text', text }], structuredContent: structured };
  } catch (err) {
    if (err instanceof ToolInputError) return { content: [{ type: 'text', text: err.message }], isError: true };
    log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { content: [{ type: 'text', text: `mlconfig failed while running ${name}: ${err instanceof Error ? err.message : String(err)}. This is a bug in mlconfig; the server keeps running.` }], isError: true };
  }
}

function redirectConsole(log: (m: string) => void): void {
  const toStderr = (...args: unknown[]): void => log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
