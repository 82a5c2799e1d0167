import type { AtomicFs } from '../../electron/services/fs/atomic-write';
import { nodeAtomicFs } from '../../electron/services/fs/atomic-write';

/**
 * An fs whose writes fail with `code` (EACCES, EROFS, ENOSPC…) once `armed` is set, for the paths `when` picks;
 * everything else goes to the real disk. Stands in for a read-only folder or a full disk where permission bits
 * cannot (root writes through them) and a real read-only mount is out of reach.
 */
export function failingFs(
  code: string,
  when: (path: string, flags: string) => boolean,
): AtomicFs & { armed: boolean } {
  const fail = (path: string): never => {
    throw Object.assign(new Error(`${code}: simulated, ${path}`), { code });
  };
  const fs = {
    armed: false,
    open: async (path: string, flags: string, mode?: number) => {
      // Opening a folder to fsync it reads; a read-only folder refuses only the creation of files.
      if (fs.armed && flags !== 'r' && when(path, flags) && code !== 'ENOSPC') fail(path);
      const handle = await nodeAtomicFs.open(path, flags, mode);
      if (!fs.armed || !when(path, flags)) return handle;
      return {
        writeFile: async () => fail(path),
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    rename: nodeAtomicFs.rename,
    link: nodeAtomicFs.link,
    unlink: nodeAtomicFs.unlink,
  };
  return fs;
}
