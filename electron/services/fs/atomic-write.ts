import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toFsError } from './fs-errors';

/** The file handle operations an atomic write needs; a subset of node's FileHandle. */
export interface WritableHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file system calls atomic writes make. Node's `fs/promises` satisfies it; tests pass a wrapper that fails
 * (ENOSPC, EACCES) at a chosen call to prove the old file survives.
 */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The real file system. */
export const nodeAtomicFs: AtomicFs = nodeFs;

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes, flushes and closes a new temp file; removes it again when any step fails. */
async function writeTemp(fs: AtomicFs, temp: string, data: Uint8Array | string): Promise<void> {
  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Makes the rename itself durable. Linux and macOS can fsync a directory; Windows cannot open one, and there
 * NTFS journals the rename, so a refusal there is not an error.
 */
export async function syncFolder(folder: string, fs: AtomicFs = nodeAtomicFs): Promise<void> {
  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(process.platform === 'win32' && (code === 'EISDIR' || code === 'EPERM' || code === 'EACCES'))) {
      throw error;
    }
  } finally {
    if (handle) await handle.close().catch(() => undefined);
  }
}

/**
 * Replaces `path` with `data` so that a crash at any instant leaves either the old file or the new one, never a
 * torn mix: temp file in the same folder → write → fsync → rename → fsync the folder. Failures arrive as
 * JiaokanError (`disk-full`, `read-only`, `io`) naming the file; the old file is then untouched.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeTemp(fs, temp, data);
    try {
      await fs.rename(temp, path);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(path), fs);
  } catch (error) {
    throw toFsError(error, 'write', path);
  }
}

/**
 * Creates `path` with `data` only if nothing exists there, atomically: the content is complete before the name
 * appears (temp file, then `link`, which fails with EEXIST instead of replacing). Returns false when the name was
 * taken. Used for files that must never be overwritten (OCR runs, the lock).
 */
export async function createFileExclusive(
  path: string,
  data: Uint8Array | string,
  fs: AtomicFs = nodeAtomicFs,
): Promise<boolean> {
  const temp = tempPathFor(path);
  try {
    await writeTemp(fs, temp, data);
    try {
      await fs.link(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      await fs.unlink(temp).catch(() => undefined);
    }
    await syncFolder(dirname(path), fs);
    return true;
  } catch (error) {
    throw toFsError(error, 'write', path);
  }
}
