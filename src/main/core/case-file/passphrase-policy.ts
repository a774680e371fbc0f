import {
  assessPassphrase,
  describePassphraseVerdict,
} from '../../../shared/case-file/passphrase-strength';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

export function requireStrongPassphrase(passphrase: string, userInputs: string[]): void {
  const verdict = assessPassphrase(passphrase, userInputs);
  if (!verdict.ok) {
    throw new CaseFileError(CaseFileErrorCode.WeakPassphrase, describePassphraseVerdict(verdict), {
      reason: verdict.reason,
      score: verdict.score,
    });
  }
}
