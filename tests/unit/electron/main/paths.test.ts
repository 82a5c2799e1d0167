import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths, unpackedPath } from '../../../../electron/main/paths';

describe('shell paths', () => {
  it('maps files inside app.asar to their unpacked copies and leaves other paths alone', () => {
    const packaged = join('/opt', 'Jiaokan', 'resources', 'app.asar', 'assets', 'sample', 'a.jpg');
    expect(unpackedPath(packaged)).toBe(
      join('/opt', 'Jiaokan', 'resources', 'app.asar.unpacked', 'assets', 'sample', 'a.jpg'),
    );
    const plain = join('/work', 'main', 'assets', 'sample', 'a.jpg');
    expect(unpackedPath(plain)).toBe(plain);
    const lookalike = join('/x', 'my-app.asar', 'a.jpg');
    expect(unpackedPath(lookalike)).toBe(lookalike);
  });

  it('finds the bundled sample page and the renderer beside out/main in the repository', () => {
    const root = resolve(__dirname, '../../../..');
    const paths = shellPaths(join(root, 'out', 'main'), root);
    expect(existsSync(paths.sample)).toBe(true);
    expect(paths.renderer).toBe(join(root, 'out', 'renderer'));
    expect(paths.preload).toBe(join(root, 'out', 'preload', 'index.js'));
  });
});
