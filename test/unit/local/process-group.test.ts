import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { spawnGuarded } from '../../../local/emulators/process-group.ts';

/** Live (non-zombie) members of a process group, from `ps`. */
function liveMembers(pgid: number): string[] {
  const out = execFileSync('ps', ['-eo', 'pgid=,stat=,comm='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([group, stat]) => Number(group) === pgid && !stat?.startsWith('Z'))
    .map((fields) => fields.slice(2).join(' '));
}

describe('a guarded process group', () => {
  // A server that dies at start (a JVM refusing its options, a port taken) must be seen at
  // once: the starter's wait for an answer checks `exited`, or waits out its whole timeout.
  it('ends when its server exits by itself, keeping what the server said', async () => {
    const group = spawnGuarded('/bin/sh', ['-c', 'echo "could not start: bad option" >&2; exit 3']);
    await once(group.child, 'exit');
    expect(group.exited).toBe(true);
    expect(group.output()).toContain('could not start: bad option');
    expect(liveMembers(group.pid)).toEqual([]);
    await group.stop();
  }, 10_000);

  it('stops a server still running, leaving no member of the group', async () => {
    const group = spawnGuarded('/bin/sh', ['-c', 'echo ready; exec sleep 60']);
    await once(group.child.stdout as NodeJS.ReadableStream, 'data');
    expect(liveMembers(group.pid)).toContain('sleep');
    await group.stop();
    expect(group.exited).toBe(true);
    expect(liveMembers(group.pid)).toEqual([]);
  });
});
