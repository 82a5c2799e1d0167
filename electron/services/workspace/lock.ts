import { hostname } from 'node:os';
import { readFile, unlink } from 'node:fs/promises';
import { createFileExclusive, type AtomicFs, nodeAtomicFs } from '../fs/atomic-write';
import { errnoCode } from '../fs/fs-errors';

/** Who holds a workspace: written to `.jiaokan/lock` by the opener. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** ISO 8601 time the lock was taken. */
  readonly startedAt: string;
}

/** What the lock needs from the machine; tests replace it to simulate other processes and hosts. */
export interface LockEnvironment {
  readonly pid: number;
  readonly host: string;
  readonly now: () => Date;
  /** True when a process with this id runs on this host. */
  readonly isAlive: (pid: number) => boolean;
}

/** The real machine. */
export function systemLockEnvironment(now: () => Date = () => new Date()): LockEnvironment {
  return {
    pid: process.pid,
    host: hostname(),
    now,
    isAlive: (pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        // EPERM: the process exists but belongs to another user.
        return errnoCode(error) === 'EPERM';
      }
    },
  };
}

/** Outcome of trying to lock: ours, or held by a live opener (open read-only then). */
export type LockResult =
  | { readonly kind: 'acquired'; readonly tookOverFrom: LockOwner | null }
  | { readonly kind: 'held'; readonly owner: LockOwner };

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (parsed && typeof parsed === 'object') {
      const { pid, host, startedAt } = parsed as Record<string, unknown>;
      if (typeof pid === 'number' && typeof host === 'string' && typeof startedAt === 'string') {
        return { pid, host, startedAt };
      }
    }
    return null;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw error;
    return null;
  }
}

/**
 * Takes the workspace lock. The lock file appears complete or not at all (exclusive link of a written temp
 * file), so two openers racing cannot both win. An existing lock is stale, and is taken over, when it names this
 * host and a process that no longer runs, or when it is unreadable (a torn lock from an old crash). A lock from
 * another host is respected: its process cannot be checked from here. Throws JiaokanError when the folder
 * cannot be written; the caller opens read-only then.
 */
export async function acquireLock(
  path: string,
  env: LockEnvironment,
  fs: AtomicFs = nodeAtomicFs,
): Promise<LockResult> {
  const mine: LockOwner = { pid: env.pid, host: env.host, startedAt: env.now().toISOString() };
  const content = `${JSON.stringify(mine)}\n`;
  let tookOverFrom: LockOwner | null = null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await createFileExclusive(path, content, fs)) return { kind: 'acquired', tookOverFrom };
    let owner: LockOwner | null;
    try {
      owner = await readOwner(path);
    } catch {
      continue; // released between our attempt and the read
    }
    const stale =
      owner === null || (owner.host === env.host && owner.pid !== env.pid && !env.isAlive(owner.pid));
    const ours = owner !== null && owner.host === env.host && owner.pid === env.pid;
    if (!stale && !ours) return { kind: 'held', owner: owner as LockOwner };
    // Our own lock (the folder opened again by this process) is renewed, not reported as taken over.
    if (!ours) tookOverFrom = owner;
    // Remove the stale lock and race for it again: a concurrent taker that wins makes us see 'held'.
    await unlink(path).catch((error: unknown) => {
      if (errnoCode(error) !== 'ENOENT') throw error;
    });
  }
  // Three lost races in a row: someone else keeps taking it; treat it as held by whoever is named there.
  const owner = await readOwner(path).catch(() => null);
  return { kind: 'held', owner: owner ?? { pid: 0, host: 'unknown', startedAt: '' } };
}

/** Removes the lock if it is still ours (a taker may have replaced it after we were presumed dead). */
export async function releaseLock(path: string, env: LockEnvironment): Promise<void> {
  const owner = await readOwner(path).catch(() => null);
  if (owner && owner.pid === env.pid && owner.host === env.host) await unlink(path).catch(() => undefined);
}
