import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/** A fresh empty folder under the OS temp folder. */
export async function tempFolder(prefix = 'jiaokan-ws-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Removes a folder made by tempFolder. */
export async function removeFolder(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

/** A small grey PNG or JPEG of the given size, generated so no binary fixture is needed. */
export async function smallImage(format: 'png' | 'jpeg' | 'webp', width = 40, height = 30): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 200, b: 200 } } });
  return format === 'png'
    ? image.png().toBuffer()
    : format === 'jpeg'
      ? image.jpeg().toBuffer()
      : image.webp().toBuffer();
}

/** A TIFF with `pages` pages. */
export async function multiPageTiff(pages: number): Promise<Buffer> {
  const frames = await Promise.all(Array.from({ length: pages }, (_, i) => smallImage('png', 20 + i, 20)));
  return sharp(frames, { join: { animated: true } })
    .tiff()
    .toBuffer();
}

/** Writes files into a folder. */
export async function writeFiles(folder: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
}

/** A clock that advances one second per call, for distinct, predictable times. */
export function steppingClock(start = Date.UTC(2026, 0, 1)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
