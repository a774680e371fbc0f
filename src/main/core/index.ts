/** The core's public surface, used by the Electron shell, the IPC handlers, the CLI and tests. */
export { createCaseFile, type CreateCaseFileInput, type CreatedCaseFile } from './case-file/create';
export { unlockCaseFile, RECOVERY_ACTOR, type Credentials } from './case-file/unlock';
export { CaseFileSession } from './case-file/session';
export {
  addOperator,
  removeOperator,
  changePassphrase,
  changeOwnPassphrase,
  recoverWithKey,
  listOperators,
} from './case-file/operators';
export { verifyCaseFile, type VerifyReport, type Check } from './case-file/verify';
export { backupCaseFile, restoreCaseFile, type BackupResult } from './case-file/backup';
export { caseFileInfo, type CaseFileInfo } from './case-file/info';
export { caseFileLayout } from './case-file/layout';
export { readKeyFile } from './case-file/key-file';
export {
  ingestAttachment,
  setAttachmentLimit,
  attachmentLimit,
  DEFAULT_MAX_ATTACHMENT_BYTES,
} from './attachments/attachment-store';
export { fileSource, bytesSource } from './attachments/ingest-source';
export { getAttachment, readAttachment, exportAttachment } from './attachments/attachment-read';
export { write, type WriteTx } from './audit/write';
export { diffFields } from './audit/audit-log';
export { verifyAuditChain } from './audit/audit-verify';
export {
  renderRecoverySheet,
  saveRecoverySheet,
  type RecoverySheetInput,
} from './reports/recovery-sheet';
export {
  RECOVERY_SHEET_LANGUAGES,
  type RecoverySheetLanguage,
} from './reports/recovery-sheet.labels';
export { configureSqlite } from './store/sqlite';
export { CaseFileError, CaseFileErrorCode, isCaseFileError } from './support/errors';
export { defaultRuntime, fixedClock, sequentialIds, type Runtime } from './support/clock';
export { createParty, updateParty, getParty, partyView, listParties } from './parties/parties';
export { assignRole, removeRole, partiesOfCase } from './parties/party-roles';
export { mergeParties, unmergeParty } from './parties/party-merge';
export * from './objects';
export * from './photos';
export * from './documents';
export { searchAll } from './search/search';
