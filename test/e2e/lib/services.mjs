// Redis and PostgreSQL from Debian's packages, for n8n's queue mode: each started on 127.0.0.1 on a
// free port with its data in a temporary folder, and stopped (folder removed) by `stop()`.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { freePort, killGroup, run } from './proc.mjs';

export const REDIS_SERVER = '/usr/bin/redis-server';
const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The bin folder of the newest PostgreSQL Debian installed, or undefined. */
export function postgresBinDir() {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const majors = readdirSync(POSTGRES_ROOT).filter(
    (d) => /^[0-9]+$/.test(d) && existsSync(path.join(POSTGRES_ROOT, d, 'bin', 'initdb')),
  );
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  return newest && path.join(POSTGRES_ROOT, newest, 'bin');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `command` to a Redis server and resolves with the first line it answers. */
function redisCommand(port, command) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(2_000, () => socket.destroy(new Error('redis: no answer')));
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        socket.end();
        resolve(answer.split('\r\n')[0]);
      }
    });
    socket.on('error', reject);
  });
}

/** `redis-server` on 127.0.0.1:<free port>, nothing saved to disk. Resolves with { host, port, stop() }. */
export async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cw-redis-'));
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout.on('data', (c) => {
    log += c;
  });
  child.stderr.on('data', (c) => {
    log += c;
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    killGroup(child.pid, 'SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    killGroup(child.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    if (
      await redisCommand(port, 'PING').then(
        (a) => a === '+PONG',
        () => false,
      )
    )
      return { host: '127.0.0.1', port, stop };
    if (child.exitCode !== null) break;
    await sleep(200);
  }
  await stop();
  throw new Error(`redis-server did not answer PING on port ${port}\n${log}`);
}

/**
 * A PostgreSQL cluster made with `initdb` in a temporary folder and run with `pg_ctl` on
 * 127.0.0.1:<free port>, with one database `n8n` owned by the trusted user `n8n`. PostgreSQL refuses
 * to run as root, so as root its commands run as the `postgres` user Debian's package creates.
 * Resolves with { host, port, database, user, password, stop() }.
 */
export async function startPostgres({ logFile } = {}) {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(`no PostgreSQL under ${POSTGRES_ROOT}: run "node test/e2e/install.mjs" first`);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cw-pg-'));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (tool, args, options = {}) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], {
          logFile,
          cwd: dir,
          ...options,
        })
      : run(path.join(bin, tool), args, { logFile, cwd: dir, ...options });
  const data = path.join(dir, 'data');
  const port = await freePort();
  let started = false;
  const stop = async () => {
    if (started) {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '20', 'stop'], {
        allowFailure: true,
        timeoutMs: 30_000,
      });
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pg(
      'initdb',
      ['-D', data, '-U', 'n8n', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
      { timeoutMs: 120_000 },
    );
    // a throw-away cluster: durability is not wanted, speed is
    const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
    started = true;
    await pg(
      'pg_ctl',
      ['-D', data, '-o', options, '-l', path.join(dir, 'postgres.log'), '-w', '-t', '60', 'start'],
      { timeoutMs: 90_000 },
    );
    await run(
      path.join(bin, 'createdb'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n'],
      { logFile, timeoutMs: 60_000 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const query = async (sql) =>
    (
      await run(
        path.join(bin, 'psql'),
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'n8n',
          '-d',
          'n8n',
          '-At',
          '-F',
          '\t',
          '-c',
          sql,
        ],
        { timeoutMs: 60_000 },
      )
    ).stdout;
  return { host: '127.0.0.1', port, database: 'n8n', user: 'n8n', password: 'n8n', query, stop };
}
