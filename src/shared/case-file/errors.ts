/**
 * Error codes of the case file, shared by the core, the CLI and (later) the IPC envelope.
 * Each code names one situation a person can act on; the message says how.
 */
export const CaseFileErrorCode = {
  InvalidInput: 'INVALID_INPUT',
  AlreadyExists: 'ALREADY_EXISTS',
  NotACaseFile: 'NOT_A_CASE_FILE',
  WrongCredentials: 'WRONG_CREDENTIALS',
  InvalidRecoveryKey: 'INVALID_RECOVERY_KEY',
  OperatorRequired: 'OPERATOR_REQUIRED',
  WeakPassphrase: 'WEAK_PASSPHRASE',
  Damaged: 'CASE_FILE_DAMAGED',
  NewerFormat: 'NEWER_FORMAT',
  Busy: 'CASE_FILE_BUSY',
  Locked: 'CASE_FILE_LOCKED',
  TooLarge: 'TOO_LARGE',
  NotFound: 'NOT_FOUND',
  LastOperator: 'LAST_OPERATOR',
  UnauditedWrite: 'UNAUDITED_WRITE',
  NoCaseFileOpen: 'NO_CASE_FILE_OPEN',
  RateLimited: 'RATE_LIMITED',
  DeviceStorageUnsafe: 'DEVICE_STORAGE_UNSAFE',
  FileSystem: 'FILE_SYSTEM_ERROR',
  /** The record was changed by someone else since it was read: reload and redo the change. */
  EditConflict: 'EDIT_CONFLICT',
  /** The change is not allowed in the record's present state (e.g. a status transition). */
  NotAllowed: 'NOT_ALLOWED',
} as const;

export type CaseFileErrorCode = (typeof CaseFileErrorCode)[keyof typeof CaseFileErrorCode];
