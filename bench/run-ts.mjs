#!/usr/bin/env node
// Runs a TypeScript benchmark (`node bench/run-ts.mjs bench/ocr.ts`) through Vite's module runner, since
// Node 20 cannot strip types and the project has no other TS runner as a direct dependency.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/run-ts.mjs BENCH.ts\n');
  process.exit(2);
}
const { module } = await runnerImport(resolve(file));
if (typeof module.main === 'function') await module.main(process.argv.slice(3));
