import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, REPO_ROOT } from './harness/build';

/**
 * The packaging pipeline of `npm run dist` (electron-builder, Linux folder), run against a stand-in for the
 * Electron binary, which cannot be downloaded here. The stand-in carries the fuse wire that real Electron
 * binaries embed (sentinel, version 1, length, one byte per fuse, '1' on / '0' off), so the fuse settings of
 * electron-builder.yml are applied and read back exactly as on a real build.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse order of wire version 1: RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, asar only, V8 snapshot, file:// privileges. */
const ELECTRON_DEFAULT_WIRE = '10110001';

const run = promisify(execFile);
let temp: string;
let unpacked: string;

beforeAll(async () => {
  ensureBuilt();
  temp = await mkdtemp(join(tmpdir(), 'jiaokan-dist-'));
  const stub = join(temp, 'electron-dist');
  await mkdir(stub);
  const binary = join(stub, 'electron');
  await writeFile(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 0\n'),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
      Buffer.from(ELECTRON_DEFAULT_WIRE),
    ]),
  );
  await chmod(binary, 0o755);
  const output = join(temp, 'dist');
  await run(
    'npx',
    ['electron-builder', '--linux', 'dir', `-c.electronDist=${stub}`, `-c.directories.output=${output}`],
    { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  unpacked = join(output, 'linux-unpacked');
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('holds the built app in app.asar, without the renderer sources or dev dependencies', () => {
    const files = new Set(listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }));
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
    ]) {
      expect(files.has(file), file).toBe(true);
    }
    const listed = [...files];
    expect(listed.filter((f) => f.startsWith('/renderer/') || f.startsWith('/electron/'))).toEqual([]);
    expect(listed.filter((f) => /\/node_modules\/(monaco-editor|react|vitest|electron)\//.test(f))).toEqual(
      [],
    );
  });

  it('keeps OCR code, language data, sharp and the sample page outside the archive for worker threads', async () => {
    const outside = join(unpacked, 'resources', 'app.asar.unpacked');
    for (const file of [
      'node_modules/tesseract.js/src/worker-script/node/index.js',
      'node_modules/tesseract.js-core/package.json',
      'node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz',
      'node_modules/@tesseract.js-data/chi_tra/4.0.0_best_int/chi_tra.traineddata.gz',
      'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
      'node_modules/sharp/package.json',
      'assets/sample/sample-page.jpg',
    ]) {
      expect((await stat(join(outside, file))).isFile(), file).toBe(true);
    }
  });

  it('flips the fuses: no running as Node, no NODE_OPTIONS or --inspect, code only from app.asar', async () => {
    const binary = await readFile(join(unpacked, 'jiaokan'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + (binary[at + 1] ?? 0)).toString('latin1');
    expect(wire[0]).toBe('0');
    expect(wire[2]).toBe('0');
    expect(wire[3]).toBe('0');
    expect(wire[4]).toBe('1');
    expect(wire[5]).toBe('1');
    expect(wire[7]).toBe('0');
  });
});
