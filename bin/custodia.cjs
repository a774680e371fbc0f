#!/usr/bin/env node
'use strict';
// Runs the TypeScript CLI directly (tsx), so `npx custodia` works right after `npm ci`.
require('tsx/cjs');
require('../src/cli/main.ts');
