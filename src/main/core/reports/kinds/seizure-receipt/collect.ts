import type { ObjectRecord } from '../../../../../shared/domain/object';
import type { PartyRecord } from '../../../../../shared/domain/party';
import { partyDisplayName } from '../../../../../shared/domain/party';
import { custodyOfObject } from '../../../objects/custody';
import { objectSpec } from '../../../objects/object-specs';
import { getSeizureRecord } from '../../../objects/seizures';
import { PARTY_SPEC } from '../../../parties/party-store';
import { getRecord } from '../../../records/record-store';
import type { ReportCollector } from '../collect-context';
import {
  effective,
  objectLineOf,
  refuse,
  seizureInfoOf,
  seizureSeals,
  withheldNames,
} from '../form-collect';
import type { ReceiptBody, ReceiptItem } from './body';

/**
 * The seizure receipt given to the holder (REFERENCE §6.2: "receipt given"): the seizure's
 * authority, record number, time, place and legal basis, the holder, the objects seized with
 * their quantities, condition and seals, officers and witnesses. Items described out of a lot of
 * the same seizure are counted in the lot, not listed again.
 */
export const collectSeizureReceipt: ReportCollector<ReceiptBody> = (
  session,
  params,
  disclosure,
) => {
  const { db } = session;
  if (params.seizureId === null) throw refuse('seizureId', 'choose the seizure for the receipt');
  const s = getSeizureRecord(db, params.seizureId);
  if (s === null || s.caseId !== params.caseId) {
    throw refuse('seizureId', `seizure ${params.seizureId} is not a seizure of this case`);
  }
  const hidden = withheldNames(db, params, disclosure);
  const spec = objectSpec(db);
  const all = (
    db
      .prepare('SELECT id FROM seized_object WHERE seizure_id = ? ORDER BY exhibit_sort, id')
      .pluck()
      .all(s.id) as string[]
  )
    .map((id) => getRecord(db, spec, id))
    .filter((o): o is ObjectRecord => o !== null);
  const inSeizure = new Set(all.map((o) => o.id));
  const shown = all.filter((o) => disclosure.objects.has(o.id));
  const items: ReceiptItem[] = shown
    .filter((o) => o.lotId === null || !inSeizure.has(o.lotId))
    .map((o) => {
      const entries = custodyOfObject(db, o.id).entries;
      const collected = effective(entries).find((e) => e.action === 'collect');
      return {
        object: objectLineOf(db, o),
        quantity: o.lotCount ?? 1,
        describedItems: all.filter((i) => i.lotId === o.id).length,
        conditionAtSeizure: collected?.condition ?? '',
        seals: seizureSeals(entries),
      };
    });

  let holder: ReceiptBody['holder'] = null;
  const partyId = s.holder.partyId;
  const party = partyId === null ? null : getRecord<PartyRecord>(db, PARTY_SPEC, partyId);
  const ofCase =
    partyId !== null &&
    db
      .prepare('SELECT 1 FROM case_party WHERE case_id = ? AND party_id = ?')
      .get(params.caseId, partyId) !== undefined;
  const name = s.holder.name || (party === null ? '' : partyDisplayName(party));
  if ((ofCase && !disclosure.parties.has(partyId)) || (name !== '' && hidden(name))) {
    holder = 'withheld';
  } else if (name !== '') {
    const a = party?.addresses[0];
    holder = {
      name,
      address:
        a === undefined
          ? ''
          : [a.line, [a.postalCode, a.city].filter((x) => x !== '').join(' ')]
              .filter((x) => x !== '')
              .join(', '),
      country: a?.country ?? null,
    };
  }

  return {
    kind: params.kind,
    body: {
      seizure: seizureInfoOf(db, s, hidden),
      holderPresent: s.holderPresent,
      holder,
      items,
      objectsWithheld: shown.length < all.length,
    },
    photos: [],
  };
};
