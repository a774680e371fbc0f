import { CaseFileErrorCode } from '../shared/case-file/errors';

/** Documented in the README; scripts rely on them. */
export const ExitCode = {
  Ok: 0,
  Failure: 1,
  Usage: 2,
  Credentials: 3,
  Integrity: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeFor(code: CaseFileErrorCode): ExitCode {
  switch (code) {
    case CaseFileErrorCode.WrongCredentials:
    case CaseFileErrorCode.InvalidRecoveryKey:
      return ExitCode.Credentials;
    case CaseFileErrorCode.Damaged:
      return ExitCode.Integrity;
    case CaseFileErrorCode.Busy:
    case CaseFileErrorCode.Locked:
    case CaseFileErrorCode.UnauditedWrite:
    case CaseFileErrorCode.RateLimited:
    case CaseFileErrorCode.NoCaseFileOpen:
      return ExitCode.Failure;
    default:
      return ExitCode.Usage;
  }
}
