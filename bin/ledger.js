#!/usr/bin/env node
// The package's `ledger` bin: runs the compiled CLI (run `npm run build` first, or use `npm run ledger`).
import '../dist/apps/cli/src/main.js';
