import { runCli } from './program';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`custodia: unexpected failure: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
