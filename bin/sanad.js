#!/usr/bin/env node
// The `sanad` command: runs the bundled CLI (built by `npm run build`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'sanad.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('sanad: run `npm run build` first\n');
  process.exit(2);
}
require(bundle);
