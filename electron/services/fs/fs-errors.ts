import { JiaokanError } from '../../../shared/ipc/errors';

/** What we were doing when the file system refused, for the message. */
export type FsAction = 'read' | 'write' | 'create' | 'delete' | 'list';

/**
 * Turns a Node file system error into a JiaokanError with one line a person can act on: which file, and
 * whether the disk is full, the folder read-only or the file missing. JiaokanErrors pass through unchanged.
 */
export function toFsError(error: unknown, action: FsAction, path: string): JiaokanError {
  if (error instanceof JiaokanError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new JiaokanError(
        'disk-full',
        `The disk is full: could not ${action} ${path}. Nothing was lost; free some space and save again.`,
      );
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new JiaokanError(
        'read-only',
        `No permission to ${action} ${path} (the folder is read-only or locked).`,
      );
    case 'ENOENT':
      return new JiaokanError('not-found', `Could not ${action} ${path}: it does not exist.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new JiaokanError('io', `Could not ${action} ${path}: ${detail}`);
    }
  }
}

/** The errno code of a Node error, or undefined. */
export function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
