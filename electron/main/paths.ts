import { join, sep } from 'node:path';

/**
 * The copy of a file that electron-builder's `asarUnpack` keeps beside app.asar. Worker threads and native code
 * (tesseract.js's workers, sharp) read the real file system, not the archive; outside a package the path is
 * returned unchanged.
 */
export function unpackedPath(path: string): string {
  return path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}

/** Files the shell needs, located from the built main script's folder (`out/main`) and the app's root. */
export interface ShellPaths {
  /** The built renderer, served on `app://jiaokan/`. */
  readonly renderer: string;
  /** The built preload script. */
  readonly preload: string;
  /** The bundled sample page shown on first start. */
  readonly sample: string;
}

/**
 * Paths of the shell's files. `mainDir` is the folder of the running main bundle (`out/main`), `appRoot` the
 * app's root (the repository, or app.asar when packaged); both layouts hold `out/` and `assets/` side by side.
 */
export function shellPaths(mainDir: string, appRoot: string): ShellPaths {
  return {
    renderer: join(mainDir, '..', 'renderer'),
    preload: join(mainDir, '..', 'preload', 'index.js'),
    sample: unpackedPath(join(appRoot, 'assets', 'sample', 'sample-page.jpg')),
  };
}
