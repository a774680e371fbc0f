'use strict';
// The render worker when Custodia runs from its TypeScript sources (CLI through tsx, tests):
// register tsx in this thread, then load the worker. The built app runs out/main/render-worker.js.
require('tsx/cjs');
require('./render-worker.ts');
