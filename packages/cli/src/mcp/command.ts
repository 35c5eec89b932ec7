/** `mlconfig mcp`: start the MCP server on stdio (see server.ts). */
import { parseArgs } from 'node:util';
import type { Io } from '../io/io.js';

export const MCP_HELP = `Usage: mlconfig mcp

Start a Model Context Protocol server on stdin/stdout, for chat assistants and editors (MCP
clients). Tools: check_config, classify_config, explain_rule, list_rules; all read-only.
Register it in your client, e.g. .vscode/mcp.json:

  { "servers": { "mlconfig": { "type": "stdio", "command": "npx", "args": ["mlconfig", "mcp"] } } }

Logs go to stderr. The server stops when stdin closes or on SIGTERM.
`;

export async function mcp(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(MCP_HELP);
    return 0;
  }
  const { runMcpServer } = await import('./server.js');
  return runMcpServer(io);
}
