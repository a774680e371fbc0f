import type {
  RedListMatchFields,
  RedList,
  RedListMatchRecord,
} from '../../../shared/domain/indicator';
import type { CaseFileSession } from '../case-file/session';

/** ICOM Red Lists and objects' matches. (Foundation stub.) */
export function redLists(_session: CaseFileSession): RedList[] {
  throw new Error('redLists: not built yet');
}
export function listRedListMatches(
  _session: CaseFileSession,
  _objectId: string,
): RedListMatchRecord[] {
  throw new Error('listRedListMatches: not built yet');
}
export function addRedListMatch(
  _session: CaseFileSession,
  _input: { fields: Partial<RedListMatchFields> },
): RedListMatchRecord {
  throw new Error('addRedListMatch: not built yet');
}
export function updateRedListMatch(
  _session: CaseFileSession,
  _input: { id: string; version: number; fields: Partial<RedListMatchFields> },
): RedListMatchRecord {
  throw new Error('updateRedListMatch: not built yet');
}
