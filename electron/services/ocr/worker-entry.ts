/**
 * Lines Tesseract prints that say nothing to a user: probing for data files it does not need, parameters the
 * wasm build lacks, the resolution guess for images without DPI. Everything else still reaches stderr.
 */
export const TESSERACT_NOISE: readonly RegExp[] = [
  /^Error opening data file/,
  /^Please make sure the TESSDATA_PREFIX/,
  /^Failed loading language/,
  /^Tesseract couldn't load any languages/,
  /^Warning: Parameter not found/,
  /^Estimating resolution as/,
  /^Detected \d+ diacritics/,
  /^Empty page!!/,
];

/**
 * The main script of each OCR worker thread, as a `data:` URL (so the built CLI and app need no extra file
 * beside their bundle). It runs before tesseract.js's own Node worker script and
 * - makes fetch, http(s).request/get and net/tls.connect throw: the worker only ever reads local files, and a
 *   default that slipped through (a CDN langPath) fails loudly instead of going online;
 * - drops Tesseract's noise lines from console output, before the wasm core binds console.error.
 * `tesseractWorkerScript` is the absolute path of `tesseract.js/src/worker-script/node/index.js`.
 */
export function workerEntryUrl(tesseractWorkerScript: string): URL {
  const noise = TESSERACT_NOISE.map((r) => r.source);
  const source = `
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(tesseractWorkerScript)});
const refuse = () => { throw new Error('Jiaokan OCR worker: network access is disabled'); };
globalThis.fetch = async () => refuse();
for (const name of ['http', 'https']) { const m = require(name); m.request = refuse; m.get = refuse; }
for (const name of ['net', 'tls']) { const m = require(name); m.connect = refuse; }
require('net').createConnection = refuse;
const noise = ${JSON.stringify(noise)}.map((s) => new RegExp(s));
for (const level of ['log', 'warn', 'error']) {
  const write = console[level].bind(console);
  console[level] = (...args) => {
    if (typeof args[0] === 'string' && noise.some((r) => r.test(args[0]))) return;
    write(...args);
  };
}
require(${JSON.stringify(tesseractWorkerScript)});
`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}
