import { ZodError } from 'zod';
import { CaseFileError } from '../main/core';
import { ExitCode, exitCodeFor } from './exit-codes';

export interface Output {
  json: boolean;
  /** Prints `human` on a terminal-friendly run, `value` as JSON with --json. */
  result(human: string, value: unknown): void;
}

export function makeOutput(json: boolean): Output {
  return {
    json,
    result: (human, value) => {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human}\n`);
    },
  };
}

/** Maps any failure to a message on stderr (and JSON on stdout with --json) and an exit code. */
export function reportFailure(e: unknown, json: boolean): ExitCode {
  let code: string;
  let message: string;
  let exit: ExitCode;
  if (e instanceof CaseFileError) {
    code = e.code;
    message = e.message;
    exit = exitCodeFor(e.code);
  } else if (e instanceof ZodError) {
    code = 'INVALID_INPUT';
    message = e.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    exit = ExitCode.Usage;
  } else {
    code = 'UNEXPECTED';
    // No stack trace and no data: the message alone, which may name a file but not its content.
    message = `Unexpected failure: ${(e as Error)?.message ?? String(e)}`;
    exit = ExitCode.Failure;
  }
  process.stderr.write(`custodia: ${message}\n`);
  // Validation failures (e.g. a refused bundle) list every problem with where it is.
  const details = e instanceof CaseFileError ? e.details : undefined;
  const issues = Array.isArray(details?.['issues'])
    ? (details['issues'] as Array<{ path: unknown; message: unknown }>)
    : [];
  for (const issue of issues) {
    const where = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? '');
    process.stderr.write(`  ${where || '(top)'}: ${String(issue.message)}\n`);
  }
  if (json) {
    const error = { code, message, ...(details ? { details } : {}) };
    process.stdout.write(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
  }
  return exit;
}
