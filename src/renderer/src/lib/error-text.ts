import type { TFunction } from 'i18next';
import { CaseFileErrorCode } from '../../../shared/case-file/errors';
import { IpcErrorCode, type IpcError } from '../../../shared/ipc/define';

/** Codes with a translated message; any other code shows the (English) message from main. */
const TRANSLATED = [
  CaseFileErrorCode.WrongCredentials,
  CaseFileErrorCode.WeakPassphrase,
  CaseFileErrorCode.AlreadyExists,
  CaseFileErrorCode.Damaged,
  CaseFileErrorCode.InvalidInput,
  CaseFileErrorCode.NotACaseFile,
  CaseFileErrorCode.OperatorRequired,
  CaseFileErrorCode.NewerFormat,
  CaseFileErrorCode.Busy,
  CaseFileErrorCode.Locked,
  CaseFileErrorCode.TooLarge,
  CaseFileErrorCode.NotFound,
  CaseFileErrorCode.LastOperator,
  CaseFileErrorCode.NoCaseFileOpen,
  CaseFileErrorCode.FileSystem,
  CaseFileErrorCode.DeviceStorageUnsafe,
  CaseFileErrorCode.EditConflict,
  CaseFileErrorCode.NotAllowed,
  IpcErrorCode.Forbidden,
  IpcErrorCode.Internal,
] as const;
type TranslatedCode = (typeof TRANSLATED)[number];

function isTranslated(code: string): code is TranslatedCode {
  return (TRANSLATED as readonly string[]).includes(code);
}

export function retryAfterSeconds(error: IpcError): number {
  const seconds = Number(error.details?.['retryAfterSeconds']);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
}

/** What a typed recovery key got wrong, from decodeRecoveryKey or from main's details. */
export function recoveryKeyProblemText(t: TFunction, reason: unknown, group: unknown): string {
  const g = typeof group === 'number' ? group : 0;
  if (reason === 'character') return t('recoveryKey.problem.character', { group: g });
  if (reason === 'checksum') return t('recoveryKey.problem.checksum', { group: g });
  return t('recoveryKey.problem.length');
}

/** One sentence a person can act on, in the interface language when the code is known. */
export function errorText(t: TFunction, error: IpcError): string {
  if (error.code === CaseFileErrorCode.RateLimited) {
    const seconds = retryAfterSeconds(error);
    return seconds > 0 ? t('errors.retryIn', { count: seconds }) : t('errors.RATE_LIMITED');
  }
  if (error.code === CaseFileErrorCode.InvalidRecoveryKey) {
    return recoveryKeyProblemText(t, error.details?.['reason'], error.details?.['group']);
  }
  if (isTranslated(error.code)) return t(`errors.${error.code}`);
  return error.message;
}
