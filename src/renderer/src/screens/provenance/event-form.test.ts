import { describe, expect, it } from 'vitest';
import {
  ClaimFields,
  ProvenanceEventFields,
  type ProvenanceEventRecord,
} from '../../../../shared/domain/provenance';
import { fieldForPath } from '../../lib/form-errors';
import { movedOrder, orderWarnings } from './chain-view';
import {
  claimFields,
  eventFields,
  eventValues,
  newClaimValues,
  newEventValues,
} from './event-form';
import { errorsUnder, partyAwareTarget } from './form-support';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE = id(90);
const OBJECT = id(91);
const DEALER = id(7);

/** A sale through a dealer, cited on a licence, as main returns it. */
function record(over: Partial<ProvenanceEventRecord> = {}): ProvenanceEventRecord {
  return {
    ...ProvenanceEventFields.parse({
      type: 'sale',
      fromParty: { partyId: null, name: 'Dragan Ilić' },
      toParty: { partyId: null, name: 'Galerie Antika' },
      agent: { partyId: DEALER, name: '' },
      agentRole: 'dealer',
      place: { address: 'Beč', country: 'AT', lat: 48.2, lon: 16.37 },
      date: '12.03.1999',
      certainty: 'probable',
      directTransfer: false,
      price: { amount: '2400.50', currency: 'EUR' },
      lotNumber: '214',
      saleReference: 'Katalog 12/1999',
      sources: [{ documentId: id(5), page: 'str. 1' }],
      assessment: 'contradicted',
      notes: 'Račun bez pečata.',
    }),
    caseId: CASE,
    objectId: OBJECT,
    position: 2,
    span: {
      text: '12.03.1999',
      botb: '1999-03-12',
      eotb: '1999-03-12',
      bote: '1999-03-12',
      eote: '1999-03-12',
    },
    id: id(1),
    version: 3,
    createdAt: '2026-02-02T10:00:00.000Z',
    updatedAt: '2026-02-02T10:00:00.000Z',
    ...over,
  };
}

describe('the event form', () => {
  it('gives back a stored event unchanged when nothing is edited', () => {
    const stored = record();
    const values = eventValues(stored, { [DEALER]: 'Antiquitäten Huber' });
    expect(values.agent.picked?.name).toBe('Antiquitäten Huber');
    const sent = ProvenanceEventFields.parse(eventFields(values, stored));
    const {
      caseId,
      objectId,
      position,
      span,
      id: _id,
      version,
      createdAt,
      updatedAt,
      ...fields
    } = stored;
    void [caseId, objectId, position, span, _id, version, createdAt, updatedAt];
    expect(sent).toEqual(fields);
  });

  it('sends a new event main accepts once its type is chosen', () => {
    const values = { ...newEventValues(), type: 'find', date: 'oko 1965.' };
    const sent = ProvenanceEventFields.parse(eventFields(values, null));
    expect(sent).toMatchObject({
      type: 'find',
      date: 'oko 1965.',
      directTransfer: true,
      price: null,
      certainty: 'certain',
      place: { address: '', country: null, lat: null, lon: null },
    });
  });

  it('sends no price without an amount, and a decimal comma as a point', () => {
    const base = { ...newEventValues(), type: 'sale' };
    expect(eventFields(base, null).price).toBeNull();
    const priced = { ...base, price: { amount: ' 18 500,75 ', currency: 'CHF' } };
    expect(eventFields(priced, null).price).toEqual({ amount: '18500.75', currency: 'CHF' });
  });

  it('drops the agent role when no intermediary is named', () => {
    const values = { ...newEventValues(), type: 'sale', agentRole: 'dealer' };
    expect(eventFields(values, null).agentRole).toBeNull();
    const named = { ...values, agent: { partyId: null, name: 'Galerie X', picked: null } };
    expect(eventFields(named, null).agentRole).toBe('dealer');
  });

  it('places main’s issues on the form’s fields', () => {
    const values = eventValues(record(), {});
    expect(fieldForPath(values, ['price', 'amount'])).toBe('price.amount');
    expect(fieldForPath(values, ['place', 'country'])).toBe('place.country');
    expect(fieldForPath(values, ['sources', '0', 'page'])).toBe('sources.0.page');
    expect(fieldForPath(values, ['date'])).toBe('date');
  });
});

describe('the claim form', () => {
  it('sends what ClaimFields accepts, and main’s refusal of an unnamed claimant', () => {
    const values = {
      ...newClaimValues(),
      claimant: { partyId: null, name: ' Republika Srbija ', picked: null },
      basis: 'Zakon o kulturnim dobrima, čl. 8',
    };
    expect(ClaimFields.parse(claimFields(values))).toMatchObject({
      claimant: { partyId: null, name: 'Republika Srbija' },
      claimantKind: 'state',
      status: 'asserted',
    });
    const unnamed = ClaimFields.safeParse(
      claimFields({ ...values, claimant: newClaimValues().claimant }),
    );
    expect(unnamed.success).toBe(false);
    expect(unnamed.error?.issues[0]?.path).toEqual(['claimant']);
  });

  it('shows an issue about a whole party on its name input', () => {
    let shown: Record<string, unknown> = {};
    const target = partyAwareTarget(
      { getValues: () => newClaimValues(), setErrors: (e) => (shown = e) },
      ['claimant'],
    );
    target.setErrors({ claimant: 'name the claimant', basis: 'say on what the claim rests' });
    expect(shown).toEqual({
      'claimant.name': 'name the claimant',
      basis: 'say on what the claim rests',
    });
  });

  it('hands a list field the errors inside it, by their path in the list', () => {
    expect(
      errorsUnder({ 'sources.1.page': 'too long', sources: 'too many', date: 'x' }, 'sources'),
    ).toEqual({ '1.page': 'too long' });
  });
});

describe('the chain view', () => {
  const events = [
    record({ id: id(1), position: 1 }),
    record({ id: id(2), position: 2 }),
    record({ id: id(3), position: 3 }),
  ];

  it('warns on both events of an order problem, naming the other', () => {
    const warnings = orderWarnings({ events, orderProblems: [{ before: id(1), after: id(3) }] });
    expect(warnings.get(id(1))).toEqual([{ position: 3, laterThanNext: true }]);
    expect(warnings.get(id(3))).toEqual([{ position: 1, laterThanNext: false }]);
    expect(warnings.has(id(2))).toBe(false);
  });

  it('moves an event one place, never past either end', () => {
    expect(movedOrder(events, id(3), -1)).toEqual([id(1), id(3), id(2)]);
    expect(movedOrder(events, id(1), 1)).toEqual([id(2), id(1), id(3)]);
    expect(movedOrder(events, id(1), -1)).toBeNull();
    expect(movedOrder(events, id(3), 1)).toBeNull();
    expect(movedOrder(events, id(9), 1)).toBeNull();
  });
});
