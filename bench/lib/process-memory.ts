/**
 * Peak resident memory of other processes (DynamoDB Local's java), read from Linux `/proc`.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The sum of the peak RSS (`VmHWM`) of every live process in a process group.
 *
 * @param pgid - the process group id
 * @returns bytes, or null where `/proc` is unavailable (not Linux)
 */
export function processGroupPeakRss(pgid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of entries) {
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the command name (2) may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      if (kib) total += Number(kib) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}
