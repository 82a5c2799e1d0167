import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { JiaokanError } from '../../../shared/ipc/errors';
import { writeFileAtomic, type AtomicFs, nodeAtomicFs } from '../fs/atomic-write';
import { toFsError } from '../fs/fs-errors';

// Control characters and the separators and wildcards Windows refuses in names.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f/:*?"<>|]/g;

/** A file to put in a scratch workspace: a name (never a path) and its bytes. */
export interface ScratchFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A file name safe to create in our own folder: the last path segment only, no leading dots (hidden files are
 * not listed as pages), no control characters or separators. Throws `bad-input` when nothing usable is left.
 */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(UNSAFE_NAME_CHARACTERS, '_')
    .replace(/^\.+/, '')
    .trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..')
    throw new JiaokanError('bad-input', `Not a usable file name: ${JSON.stringify(name)}`);
  return cleaned.slice(0, 200);
}

/**
 * Copies files into a new folder under `<appDataDir>/scratch/` and returns its path. Files opened singly, dropped
 * or the bundled sample become a workspace there, so the user's own files are only ever read. Clashing names get
 * ` (2)`, ` (3)` before their extension.
 */
export async function createScratchFolder(
  appDataDir: string,
  files: readonly ScratchFile[],
  now: Date,
  fs: AtomicFs = nodeAtomicFs,
): Promise<string> {
  const folder = join(
    appDataDir,
    'scratch',
    `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`,
  );
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw toFsError(error, 'create', folder);
  }
  const used = new Set<string>();
  for (const file of files) {
    const name = safeFileName(file.name);
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let unique = name;
    for (let n = 2; used.has(unique.toLowerCase()); n += 1) unique = `${stem} (${n})${extension}`;
    used.add(unique.toLowerCase());
    await writeFileAtomic(join(folder, unique), file.bytes, fs);
  }
  return folder;
}
