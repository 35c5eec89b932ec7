/** The process boundary, injectable so commands can be run in-process by tests. */
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly isTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The exit status of a command that a closed pipe stops, as the shell reports one killed by SIGPIPE. */
export const CLOSED_PIPE_EXIT = 128 + 13;

let stdoutGuarded = false;

/**
 * A reader that stops early (`mlconfig check | head`) closes the pipe, and Node reports the next write as an
 * unhandled `EPIPE` error with a stack trace. The rest of the report has nowhere to go, so the run ends there, quietly,
 * with the status a command killed by SIGPIPE has; any other failure to write says so in one line.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(CLOSED_PIPE_EXIT);
    process.stderr.write(`mlconfig: cannot write the report: ${err.message}\n`);
    process.exit(2);
  });
}

export function processIo(): Io {
  guardStdout();
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
  };
}
