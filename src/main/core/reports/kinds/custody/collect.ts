import { custodyOfObject } from '../../../objects/custody';
import { legalStatusHistory } from '../../../objects/legal-status';
import { getSeizureRecord } from '../../../objects/seizures';
import type { ReportCollector } from '../collect-context';
import {
  effective,
  formObjects,
  objectLineOf,
  seizureInfoOf,
  seizureSeals,
  withheldNames,
} from '../form-collect';
import type { CustodyBody, CustodyForm, TrailEntry } from './body';

/**
 * The chain-of-custody form (REFERENCE §6.2): per disclosed object (or the one chosen), the
 * evidence item, its seizure, every custody entry in the order recorded (corrections marked,
 * never hidden), the final disposition and empty rows for the next hand-overs. A name the
 * disclosure withholds is printed as withheld wherever it was typed.
 */
export const collectCustody: ReportCollector<CustodyBody> = (session, params, disclosure) => {
  const { db } = session;
  const hidden = withheldNames(db, params, disclosure);
  const shown = (text: string): string | null => (text !== '' && hidden(text) ? null : text);
  const forms: CustodyForm[] = formObjects(db, params, disclosure).map((o) => {
    const view = custodyOfObject(db, o.id);
    const seqOf = new Map(view.entries.map((e) => [e.id, e.seq]));
    const s = o.seizureId ? getSeizureRecord(db, o.seizureId) : null;
    const seizure = s === null ? null : seizureInfoOf(db, s, hidden);
    const counted = effective(view.entries);
    const collect = counted.find((e) => e.action === 'collect' && e.to !== '');
    const collectingOfficer = shown(collect?.to ?? seizure?.officers[0] ?? '');
    const trail: TrailEntry[] = view.entries.map((e) => ({
      seq: e.seq,
      at: e.at,
      action: e.action,
      from: shown(e.from),
      to: shown(e.to),
      location: e.location,
      purpose: e.purpose,
      authority: e.authority,
      condition: e.condition,
      sealCheck: e.sealCheck,
      newSealNumber: e.newSealNumber,
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt,
      correctsSeq: e.correctsEntryId ? (seqOf.get(e.correctsEntryId) ?? null) : null,
      correctedBySeq: e.correctedBy ? (seqOf.get(e.correctedBy) ?? null) : null,
    }));
    // 'return' is the way back from an examination; only 'dispose' ends the custody.
    const end = [...counted].reverse().find((e) => e.action === 'dispose');
    const history = legalStatusHistory(db, o.id);
    return {
      object: objectLineOf(db, o),
      seizure,
      collectingOfficer: collectingOfficer === '' ? null : collectingOfficer,
      seals: [...new Set([...(seizure?.sealNumbers ?? []), ...seizureSeals(view.entries)])],
      trail,
      current:
        view.current === null
          ? null
          : {
              location: view.current.location,
              custodian: shown(view.current.custodian),
              sealNumber: view.current.sealNumber,
            },
      disposition:
        end === undefined
          ? null
          : {
              action: end.action,
              at: end.at,
              to: shown(end.to),
              authority: end.authority,
              location: end.location,
            },
      legalOn: history.at(-1)?.on ?? null,
      legalReference: history.at(-1)?.reference ?? '',
    };
  });
  return { kind: params.kind, body: { forms }, photos: [] };
};
