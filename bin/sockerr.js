#!/usr/bin/env node
// The compiled CLI; `npm ci` builds it (the `prepare` script).
import '../dist/adapters/terminal/cli.js';
