/**
 * The processes a temporary clone's commands left running, found through `/proc` by working
 * folder or command line (Linux only). The stress campaign kills them between runs and when it
 * is stopped; its test checks that none is left.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** One process: its pid and the start of its command line. */
export interface CloneProcess {
  readonly pid: number;
  readonly command: string;
}

/**
 * Processes working in a folder or naming it on their command line (this process excepted).
 *
 * @param folder - an absolute path
 * @returns the processes found
 */
export function processesOf(folder: string): CloneProcess[] {
  const found: CloneProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let cwd = '';
    let cmdline = '';
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    if (!cwd.startsWith(folder) && !cmdline.includes(folder)) continue;
    found.push({ pid, command: cmdline.replaceAll('\0', ' ').slice(0, 160).trim() });
  }
  return found;
}

/**
 * Kills (SIGKILL) every process of {@link processesOf}.
 *
 * @param folder - an absolute path
 * @returns what was killed, as `<pid> <command>`
 */
export function killProcessesOf(folder: string): string[] {
  return processesOf(folder).map(({ pid, command }) => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    return `${pid} ${command}`;
  });
}
