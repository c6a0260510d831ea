/**
 * Child processes that cannot outlive their parent. A server is started through a tiny `sh`
 * watchdog in its own process group: the watchdog holds a pipe from the parent on its stdin and
 * kills the server when that pipe closes, which happens however the parent ends (normal exit,
 * uncaught error, SIGKILL, a test worker torn down). `stop()` signals the whole group and waits
 * until it is empty.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// `$@` is the server's command line. The server runs in the background (a non-interactive shell
// gives it /dev/null as stdin). A reader, in the background too, holds the parent's pipe (fd 3,
// a copy of the watchdog's stdin, redirected explicitly) and kills the server on EOF: the parent
// is gone. The watchdog waits on the server, so it ends when the server does, however that
// happens (a server dying at start is seen at once), and takes the reader with it, waiting for
// the reader to end so that the group is empty once the watchdog has exited (a test saw the
// reader's `sh` still alive right after the watchdog's exit, on a loaded machine). On SIGTERM
// (from `stop()`) the trap kills and reaps the server.
const WATCHDOG = [
  '"$@" &',
  'child=$!',
  'exec 3<&0',
  '{ while read -r _; do :; done; kill "$child" 2>/dev/null; } <&3 &',
  'reader=$!',
  'trap \'kill "$child" "$reader" 2>/dev/null; wait "$child"; exit 0\' TERM INT HUP',
  'wait "$child"',
  'status=$?',
  'kill "$reader" 2>/dev/null',
  'wait "$reader" 2>/dev/null',
  'exit "$status"',
].join('\n');

/** A running child process group. */
export interface GuardedProcess {
  /** The watchdog's pid, which is also the process group id. */
  readonly pid: number;
  /** The watchdog process; its stdout/stderr carry the server's. */
  readonly child: ChildProcess;
  /** Whether the process group has ended. */
  readonly exited: boolean;
  /** Last output lines of the server (stdout and stderr), for error messages. */
  output(): string;
  /**
   * Stops the group: SIGTERM, then SIGKILL after `graceMs`; resolves when no process of the group
   * is left.
   */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: a SIGKILL to each group is all that can be done here.
  process.once('exit', () => {
    for (const pgid of live) signalGroup(pgid, 'SIGKILL');
  });
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ESRCH') return false;
    throw error;
  }
}

/**
 * Spawns a command in its own process group behind a watchdog that ends it with the parent.
 *
 * @param command - the executable
 * @param args - its arguments
 * @param options - working directory and extra environment
 * @returns the running group
 * @example
 * const server = spawnGuarded('java', ['-jar', 'DynamoDBLocal.jar', '-inMemory']);
 * await server.stop();
 */
export function spawnGuarded(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): GuardedProcess {
  installExitHook();
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'watchdog', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`Could not spawn ${command}`);
  const pid: number = child.pid;
  live.add(pid);

  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Neither the pipes nor the child may keep the parent alive: the exit hook and the watchdog
  // take care of the group when the parent ends without calling stop().
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as Socket | null)?.unref();
  }

  let exited = false;
  const exit = once(child, 'exit').then(() => {
    exited = true;
  });

  async function stop(graceMs = 5000): Promise<void> {
    if (!live.has(pid)) return;
    signalGroup(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    // The group is empty once every member has exited (the watchdog reaps the server).
    while (signalGroup(pid, 0)) {
      if (Date.now() > deadline) {
        signalGroup(pid, 'SIGKILL');
        await sleep(50);
        if (Date.now() > deadline + 5000) break;
        continue;
      }
      await sleep(25);
    }
    await Promise.race([exit, sleep(1000)]);
    live.delete(pid);
  }

  return {
    pid,
    child,
    get exited() {
      return exited;
    },
    output: () => tail,
    stop,
  };
}
