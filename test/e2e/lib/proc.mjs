// Small child-process helpers: run a command to completion, with a timeout that kills its whole process group.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

export class CommandError extends Error {
  constructor(message, result) {
    super(message);
    this.name = 'CommandError';
    Object.assign(this, result);
  }
}

const tail = (text, lines = 60) => text.split('\n').slice(-lines).join('\n');

/**
 * Run `cmd args` and resolve with { code, signal, stdout, stderr, output, ms }.
 * Rejects with a CommandError (carrying the same fields) on a non-zero exit unless `allowFailure`.
 * `logFile` receives everything the command prints, which keeps long npm output out of the console.
 */
export function run(
  cmd,
  args,
  { cwd, env, timeoutMs = 10 * 60_000, logFile, allowFailure = false, input, echo = false } = {},
) {
  const started = Date.now();
  const shown = [cmd, ...args].join(' ');
  if (logFile) appendFileSync(logFile, `\n$ ${shown}\n`);
  return new Promise((resolve, reject) => {
    // detached: the child leads its own process group, so a timeout can kill grandchildren too
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    const collect = (which) => (chunk) => {
      const text = chunk.toString();
      if (which === 'out') stdout += text;
      else stderr += text;
      output += text;
      if (logFile) appendFileSync(logFile, text);
      if (echo) process.stdout.write(text);
    };
    child.stdout.on('data', collect('out'));
    child.stderr.on('data', collect('err'));
    // a child that exits without reading stdin must not crash this process with EPIPE
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(
        new CommandError(`cannot run ${shown}: ${err.message}`, {
          code: null,
          stdout,
          stderr,
          output,
        }),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { code, signal, stdout, stderr, output, ms: Date.now() - started };
      if (timedOut) {
        reject(
          new CommandError(
            `timed out after ${timeoutMs / 1000}s: ${shown}\n${tail(output)}`,
            result,
          ),
        );
      } else if (code !== 0 && !allowFailure) {
        reject(new CommandError(`exit ${code ?? signal}: ${shown}\n${tail(output)}`, result));
      } else {
        resolve(result);
      }
    });
  });
}

export function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment without what an outer `npm run` exports (`npm_config_*` and friends): those
 * settings, such as this repository's `ignore-scripts`, must not leak into the npm commands that
 * install n8n, or native modules are never built.
 */
export function withoutNpmRunEnv(env = process.env) {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([key]) => !/^npm_(config|lifecycle|package|command|execpath|node_execpath)/i.test(key),
    ),
  );
}
