import { read } from 'read';
import { CaseFileError, CaseFileErrorCode } from '../main/core';

/**
 * Secrets come from the environment (for scripts) or a hidden prompt on a terminal, never from
 * the command line, where they would land in shell history and the process list.
 */
export const SecretEnv = {
  passphrase: 'CUSTODIA_PASSPHRASE',
  newPassphrase: 'CUSTODIA_NEW_PASSPHRASE',
  recoveryKey: 'CUSTODIA_RECOVERY_KEY',
  operator: 'CUSTODIA_OPERATOR',
} as const;

function fromEnv(name: string): string | undefined {
  const v = process.env[name];
  return v !== undefined && v !== '' ? v : undefined;
}

async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `${question.replace(/:\s*$/, '')} is needed: run in a terminal, or set it in the environment.`,
    );
  }
  return read({ prompt: question, silent: true, replace: '•', output: process.stderr });
}

export async function askSecret(env: string, question: string): Promise<string> {
  return fromEnv(env) ?? prompt(question);
}

/** A new passphrase is typed twice on a terminal, so a typo cannot lock the operator out. */
export async function askNewPassphrase(question = 'New passphrase: '): Promise<string> {
  const fromEnvironment = fromEnv(SecretEnv.newPassphrase);
  if (fromEnvironment !== undefined) return fromEnvironment;
  const first = await prompt(question);
  const second = await prompt('Repeat it: ');
  if (first !== second) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      'The two passphrases differ; nothing was changed.',
    );
  }
  return first;
}

export function operatorFrom(option: string | undefined): string | undefined {
  return option ?? fromEnv(SecretEnv.operator);
}
