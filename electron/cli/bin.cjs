#!/usr/bin/env node
// The `jiaokan` command: runs the CLI that electron-vite builds from electron/cli/index.ts.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', '..', 'out', 'main', 'cli.js');
if (!existsSync(built)) {
  process.stderr.write(
    'jiaokan: the CLI is not built yet; run `npm run build` in the Jiaokan folder first.\n',
  );
  process.exit(2);
}
require(built);
