/**
 * The MCP server as a process, without the SDK client: stdout carries nothing but JSON-RPC
 * messages even when a client sends garbage, and SIGTERM ends the server cleanly.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_BIN, REPO_ROOT } from '../helpers/paths.js';

describe('mlconfig mcp process', () => {
  it('survives a malformed line, answers initialize, keeps stdout pure JSON-RPC, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI_BIN, 'mcp'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

    child.stdin.write('this is not json\n');
    child.stdin.write(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } }) + '\n',
    );
    const answered = await until(() => stdout.includes('"id":1'), 15_000);
    expect(answered, `stderr: ${stderr}`).toBe(true);

    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect(signal).toBeNull();
    expect(code).toBe(0);

    const lines = stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
    const init = lines.map((l) => JSON.parse(l)).find((m) => m.id === 1);
    expect(init.result.serverInfo.name).toBe('mlconfig');
    expect(init.result.capabilities.tools).toBeDefined();
    expect(stderr).toContain('protocol error');
    expect(stderr).toContain('SIGTERM; shutting down');
  });
});

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return test();
}
