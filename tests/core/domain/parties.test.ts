import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  createParty,
  getParty,
  listParties,
  partyView,
  updateParty,
} from '../../../src/main/core/parties/parties';
import { mergeParties, unmergeParty } from '../../../src/main/core/parties/party-merge';
import { assignRole, partiesOfCase, removeRole } from '../../../src/main/core/parties/party-roles';
import { setVocabularyRetired } from '../../../src/main/core/vocab/vocabulary';
import type { PartyFieldsInput, PartyRecord } from '../../../src/shared/domain/party';
import { expectCaseFileError, newCaseFile, PASSPHRASE } from '../../helpers/case-files';
import { ipcFixture, type IpcFixture } from '../../ipc/ipc-fixture';

const DJORDJE = {
  kind: 'person',
  givenNames: 'Đorđe',
  familyName: 'Petrović',
  patronymic: 'Milan',
  dateOfBirth: '1971-04',
  placeOfBirth: 'Prizren',
  nationalities: ['RS'],
  aliases: ['Đoka', ' '],
  identityDocuments: [{ type: 'passport', number: 'P0123456', issuingCountry: 'RS' }],
  addresses: [{ line: 'Kneza Miloša 12', city: 'Beograd', country: 'RS' }],
  contacts: [{ kind: 'phone', value: '+381 64 123 4567' }],
} satisfies PartyFieldsInput;

/** The same man, entered from a Cyrillic statement: a duplicate to merge. */
const DJORDJE_CYR = {
  kind: 'person',
  givenNames: 'Ђорђе',
  familyName: 'Петровић',
  aliases: ['Ђока'],
  identityDocuments: [{ type: 'id-card', number: '007123456' }],
} satisfies PartyFieldsInput;

const ARBEN = {
  kind: 'person',
  givenNames: 'Arben',
  familyName: 'Krasniqi',
  placeOfBirth: 'Gjakovë',
  nationalities: ['XK'],
  flags: ['pep'],
} satisfies PartyFieldsInput;

const ORFEJ = {
  kind: 'organisation',
  name: 'Галерија Орфеј ДООЕЛ',
  organisationType: 'gallery',
  registrationNumber: '7123456',
  jurisdiction: 'MK',
  addresses: [{ label: 'seat', line: 'ул. Македонија 3', city: 'Скопје', country: 'MK' }],
  notes: 'Sold the **icon** to a Munich dealer.',
} satisfies PartyFieldsInput;

const CASE = { offences: ['nicosia-3'], openedOn: '2026-02-14' };

function auditOf(session: CaseFileSession, entityId: string) {
  return (
    session.db
      .prepare('SELECT seq, action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as Array<{ seq: number; action: string; changes: string }>
  ).map((r) => ({
    seq: r.seq,
    action: r.action,
    changes: JSON.parse(r.changes) as Record<string, { before: unknown; after: unknown }>,
  }));
}

const count = (session: CaseFileSession, table: string) =>
  session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function fieldsOf(p: PartyRecord): PartyFieldsInput {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, mergedInto: _m, ...fields } = p;
  return fields;
}

const names = (session: CaseFileSession, query: Parameters<typeof listParties>[1] = {}) =>
  listParties(session, query).map((p) => p.name);

/** Three cases; Đorđe appears in all three, the gallery in two, Arben in one. */
async function threeCases() {
  const { session } = await newCaseFile();
  const [c1, c2, c3] = ['Икона Св. Николе', 'Coin hoard, Viminacium', 'Mosaic fragments'].map(
    (title, i) => createCase(session, { ...CASE, title, reference: `ITCG-2026-000${i + 1}` }),
  ) as [
    ReturnType<typeof createCase>,
    ReturnType<typeof createCase>,
    ReturnType<typeof createCase>,
  ];
  const djordje = createParty(session, DJORDJE);
  const arben = createParty(session, ARBEN);
  const orfej = createParty(session, ORFEJ);
  const role = (caseId: string, partyId: string, r: string, note = '') =>
    assignRole(session, { caseId, partyId, role: r, note });
  role(c1.id, djordje.id, 'suspect', 'Осумњичен за прикривање');
  role(c1.id, djordje.id, 'holder');
  role(c2.id, djordje.id, 'dealer');
  role(c3.id, djordje.id, 'witness');
  role(c1.id, arben.id, 'courier');
  role(c2.id, orfej.id, 'dealer');
  role(c3.id, orfej.id, 'consignor');
  return { session, c1, c2, c3, djordje, arben, orfej, role };
}

describe('parties', () => {
  it('creates people and organisations with display names, audit and a search entry', async () => {
    const { session } = await newCaseFile();
    const p = createParty(session, DJORDJE);
    expect(p).toMatchObject({ version: 1, mergedInto: null, aliases: ['Đoka'], sex: 'unknown' });
    const o = createParty(session, ORFEJ);
    expect(getParty(session, o.id)).toEqual(o);
    const [created] = auditOf(session, p.id);
    expect(created?.action).toBe('party.create');
    expect(created?.changes['familyName']).toEqual({ before: null, after: 'Petrović' });
    expect(created?.changes['identityDocuments']?.after).toEqual([
      {
        type: 'passport',
        number: 'P0123456',
        issuingCountry: 'RS',
        issuedOn: null,
        expiresOn: null,
      },
    ]);
    const indexed = session.db
      .prepare("SELECT title, body, case_id FROM search_index WHERE kind = 'party' ORDER BY title")
      .all() as Array<{ title: string; body: string; case_id: string | null }>;
    expect(indexed.map((r) => r.title)).toEqual(['Petrović, Đorđe', 'Галерија Орфеј ДООЕЛ']);
    expect(indexed[0]?.case_id).toBeNull();
    expect(indexed[0]?.body).toContain('P0123456');
    expect(indexed[1]?.body).toContain('7123456');
    // Found by folded text, across scripts and diacritics, by name, document, address and contact.
    for (const text of ['djordje', 'ĐORĐE petro', 'Ђорђе', 'p0123456', 'Kneza Milosa', '4567']) {
      expect(names(session, { text }), text).toEqual(['Petrović, Đorđe']);
    }
    expect(names(session, { text: 'orfej skopje' })).toEqual(['Галерија Орфеј ДООЕЛ']);
    expect(names(session, { text: 'Dordje' })).toEqual([]);
  });

  it('refuses invalid fields and unknown or retired codes, changing nothing', async () => {
    const { session } = await newCaseFile();
    const before = { audit: count(session, 'audit_log'), party: count(session, 'party') };
    const unnamed = await expectCaseFileError(
      () => createParty(session, { kind: 'person', givenNames: ' ', familyName: '' }),
      'INVALID_INPUT',
    );
    expect(unnamed.message).toContain('familyName');
    const type = await expectCaseFileError(
      () => createParty(session, { ...ORFEJ, organisationType: 'pawnshop' }),
      'INVALID_INPUT',
    );
    expect(type.message).toContain('organisationType');
    const doc = await expectCaseFileError(
      () =>
        createParty(session, {
          ...DJORDJE,
          identityDocuments: [
            { type: 'passport', number: 'P1' },
            { type: 'library-card', number: '7' },
          ],
        }),
      'INVALID_INPUT',
    );
    expect(doc.message).toContain('identityDocuments.1.type');
    await expectCaseFileError(
      () => createParty(session, { ...ARBEN, nationalities: ['xk'] }),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () => createParty(session, { ...ORFEJ, kind: 'company' } as unknown as PartyFieldsInput),
      'INVALID_INPUT',
    );
    expect({ audit: count(session, 'audit_log'), party: count(session, 'party') }).toEqual(before);
    expect(count(session, 'search_row')).toBe(0);

    // A retired type is refused for a new party but kept by one that already has it.
    const freeport = createParty(session, {
      ...ORFEJ,
      name: 'Geneva Free Ports',
      organisationType: 'freeport',
    });
    setVocabularyRetired(session, { kind: 'organisation_type', code: 'freeport', retired: true });
    await expectCaseFileError(
      () => createParty(session, { ...ORFEJ, organisationType: 'freeport' }),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () =>
        updateParty(session, {
          id: createParty(session, ORFEJ).id,
          version: 1,
          fields: { ...ORFEJ, organisationType: 'freeport' },
        }),
      'INVALID_INPUT',
    );
    const kept = updateParty(session, {
      id: freeport.id,
      version: 1,
      fields: { ...fieldsOf(freeport), notes: 'Ports Francs et Entrepôts de Genève' },
    });
    expect(kept).toMatchObject({ version: 2, organisationType: 'freeport' });
  });

  it('updates with field-level audit and a new search entry, and refuses an outdated version', async () => {
    const { session } = await newCaseFile();
    const p = createParty(session, ARBEN);
    const next = updateParty(session, {
      id: p.id,
      version: 1,
      fields: { ...ARBEN, familyName: 'Krasniqi-Berisha', aliases: ['Beni'] },
    });
    expect(next).toMatchObject({ version: 2, familyName: 'Krasniqi-Berisha' });
    expect(auditOf(session, p.id).at(-1)).toMatchObject({
      action: 'party.update',
      changes: {
        familyName: { before: 'Krasniqi', after: 'Krasniqi-Berisha' },
        aliases: { before: [], after: ['Beni'] },
      },
    });
    expect(Object.keys(auditOf(session, p.id).at(-1)?.changes ?? {}).sort()).toEqual([
      'aliases',
      'familyName',
    ]);
    expect(names(session, { text: 'beni' })).toEqual(['Krasniqi-Berisha, Arben']);
    expect(names(session, { text: 'berisha' })).toEqual(['Krasniqi-Berisha, Arben']);

    const stale = await expectCaseFileError(
      () => updateParty(session, { id: p.id, version: 1, fields: { ...ARBEN, notes: 'x' } }),
      'EDIT_CONFLICT',
    );
    expect(stale.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    await expectCaseFileError(
      () =>
        updateParty(session, {
          id: p.id,
          version: 2,
          fields: { ...ARBEN, givenNames: '', familyName: '' },
        }),
      'INVALID_INPUT',
    );
    // Saving the same values again writes nothing.
    expect(updateParty(session, { id: p.id, version: 2, fields: fieldsOf(next) }).version).toBe(2);
    expect(auditOf(session, p.id).map((e) => e.action)).toEqual(['party.create', 'party.update']);
    expect(getParty(session, p.id)).toEqual(next);
  });

  it('lists parties with their roles and the number of other cases they appear in', async () => {
    const { session, c1, c2, djordje, arben, orfej } = await threeCases();
    const cyr = createParty(session, DJORDJE_CYR);
    const all = listParties(session);
    // Sorted by folded name: Cyrillic and Latin spellings side by side.
    expect(all.map((p) => [p.name, p.otherCases])).toEqual([
      ['Галерија Орфеј ДООЕЛ', 2],
      ['Krasniqi, Arben', 1],
      ['Petrović, Đorđe', 3],
      ['Петровић, Ђорђе', 0],
    ]);
    expect(all.find((p) => p.id === arben.id)).toMatchObject({ flags: ['pep'], roles: [] });
    const inC1 = listParties(session, { caseId: c1.id });
    expect(inC1.map((p) => [p.id, p.roles, p.otherCases])).toEqual([
      [arben.id, ['courier'], 0],
      [djordje.id, ['holder', 'suspect'], 2],
    ]);
    expect(listParties(session, { caseId: c2.id }).map((p) => [p.id, p.otherCases])).toEqual([
      [orfej.id, 1],
      [djordje.id, 2],
    ]);
    expect(names(session, { kind: 'organisation' })).toEqual(['Галерија Орфеј ДООЕЛ']);
    expect(
      listParties(session, { sort: 'otherCases', direction: 'desc' }).map((p) => p.id),
    ).toEqual([djordje.id, orfej.id, arben.id, cyr.id]);
    expect(names(session, { text: 'petrovic', caseId: c1.id })).toEqual(['Petrović, Đorđe']);
    await expectCaseFileError(
      () => listParties(session, { caseId: '00000000-0000-4000-8000-0000000fffff' }),
      'NOT_FOUND',
    );
    await expectCaseFileError(
      () => listParties(session, { sort: 'age' } as never),
      'INVALID_INPUT',
    );
  });

  it('assigns roles from the vocabulary once, lists them per case, and removes them with audit', async () => {
    const { session, c1, c2, c3, djordje, arben, orfej, role } = await threeCases();
    const duplicate = await expectCaseFileError(
      () => role(c1.id, djordje.id, 'suspect'),
      'ALREADY_EXISTS',
    );
    expect(duplicate.message).toContain('already has this role');
    const unknown = await expectCaseFileError(
      () => role(c1.id, djordje.id, 'mastermind'),
      'INVALID_INPUT',
    );
    expect(unknown.message).toContain('role');
    await expectCaseFileError(
      () => role('00000000-0000-4000-8000-0000000fffff', djordje.id, 'suspect'),
      'NOT_FOUND',
    );
    await expectCaseFileError(() => role(c1.id, 'not-an-id', 'suspect'), 'INVALID_INPUT');
    setVocabularyRetired(session, { kind: 'party_role', code: 'informant', retired: true });
    await expectCaseFileError(() => role(c1.id, orfej.id, 'informant'), 'INVALID_INPUT');

    const rows = partiesOfCase(session, c1.id);
    expect(rows.map((r) => [r.party.name, r.caseParty.role])).toEqual([
      ['Krasniqi, Arben', 'courier'],
      ['Petrović, Đorđe', 'holder'],
      ['Petrović, Đorđe', 'suspect'],
    ]);
    expect(rows[2]?.caseParty.note).toBe('Осумњичен за прикривање');
    expect(rows[0]?.otherCases).toEqual([]);
    expect(rows[1]?.otherCases).toEqual([
      {
        caseId: c2.id,
        reference: 'ITCG-2026-0002',
        title: 'Coin hoard, Viminacium',
        roles: ['dealer'],
      },
      { caseId: c3.id, reference: 'ITCG-2026-0003', title: 'Mosaic fragments', roles: ['witness'] },
    ]);
    expect(partiesOfCase(session, c3.id).find((r) => r.party.id === orfej.id)?.otherCases).toEqual([
      {
        caseId: c2.id,
        reference: 'ITCG-2026-0002',
        title: 'Coin hoard, Viminacium',
        roles: ['dealer'],
      },
    ]);
    expect(
      partyView(session, djordje.id).roles.map((r) => `${r.reference} ${r.caseParty.role}`),
    ).toEqual([
      'ITCG-2026-0001 holder',
      'ITCG-2026-0001 suspect',
      'ITCG-2026-0002 dealer',
      'ITCG-2026-0003 witness',
    ]);

    const courier = rows[0]?.caseParty.id ?? '';
    expect(removeRole(session, courier)).toMatchObject({ partyId: arben.id, role: 'courier' });
    expect(auditOf(session, courier)).toEqual([
      expect.objectContaining({ action: 'party.assign-role' }),
      {
        seq: expect.any(Number),
        action: 'party.remove-role',
        changes: {
          caseId: { before: c1.id, after: null },
          partyId: { before: arben.id, after: null },
          role: { before: 'courier', after: null },
          note: { before: '', after: null },
          createdAt: { before: rows[0]?.caseParty.createdAt, after: null },
        },
      },
    ]);
    await expectCaseFileError(() => removeRole(session, courier), 'NOT_FOUND');
    expect(partiesOfCase(session, c1.id)).toHaveLength(2);
    expect(listParties(session).find((p) => p.id === arben.id)?.otherCases).toBe(0);
  });

  it('merges a duplicate: roles move, duplicates are dropped, the merged party is kept intact and hidden', async () => {
    const { session, c1, c2, c3, djordje, role } = await threeCases();
    const cyr = createParty(session, DJORDJE_CYR);
    const dupSuspect = role(c1.id, cyr.id, 'suspect', 'из изјаве сведока');
    const buyer = role(c2.id, cyr.id, 'buyer');
    const witness = role(c3.id, cyr.id, 'witness');
    const cyrOwnCase = createCase(session, {
      ...CASE,
      title: 'Ikone iz Peći',
      reference: 'ITCG-2026-0004',
    });
    const owner = role(cyrOwnCase.id, cyr.id, 'owner');

    const result = mergeParties(session, {
      keepId: djordje.id,
      mergeId: cyr.id,
      keepVersion: 1,
      mergeVersion: 1,
    });
    expect(result.moved.map((r) => [r.id, r.partyId])).toEqual([
      [buyer.id, djordje.id],
      [owner.id, djordje.id],
    ]);
    expect(result.dropped).toEqual([dupSuspect, witness]);
    expect(result.suggestedAliases).toEqual(['Петровић, Ђорђе', 'Ђорђе Петровић', 'Ђока']);
    expect(result.kept).toEqual(getParty(session, djordje.id));
    const merged = getParty(session, cyr.id);
    expect(merged).toEqual({
      ...cyr,
      mergedInto: djordje.id,
      version: 2,
      updatedAt: merged.updatedAt,
    });

    expect(names(session)).toEqual(['Галерија Орфеј ДООЕЛ', 'Krasniqi, Arben', 'Petrović, Đorđe']);
    expect(listParties(session).find((p) => p.id === djordje.id)?.otherCases).toBe(4);
    expect(
      partiesOfCase(session, c2.id)
        .filter((r) => r.party.id === djordje.id)
        .map((r) => r.caseParty.role),
    ).toEqual(['buyer', 'dealer']);
    // The merged party's names and documents now find the party it lives on as.
    for (const text of ['007123456', 'Ђока'])
      expect(names(session, { text })).toEqual(['Petrović, Đorđe']);
    expect(partyView(session, cyr.id).mergedInto?.name).toBe('Petrović, Đorđe');
    expect(partyView(session, djordje.id).mergedFrom.map((p) => p.id)).toEqual([cyr.id]);

    // One audit entry on the party, with every role row it moved or dropped in full.
    const entry = auditOf(session, cyr.id).at(-1);
    expect(entry?.action).toBe('party.merge');
    expect(entry?.changes).toEqual({
      mergedInto: { before: null, after: djordje.id },
      movedRoles: { before: [buyer, owner], after: result.moved },
      droppedRoles: {
        before: [dupSuspect, witness],
        after: partiesOfCase(session, c1.id)
          .concat(partiesOfCase(session, c3.id))
          .filter(
            (r) => r.party.id === djordje.id && ['suspect', 'witness'].includes(r.caseParty.role),
          )
          .map((r) => r.caseParty),
      },
    });
    expect(auditOf(session, buyer.id).at(-1)).toMatchObject({
      action: 'party.merge',
      changes: { partyId: { before: cyr.id, after: djordje.id } },
    });
    expect(auditOf(session, witness.id).at(-1)?.changes['role']).toEqual({
      before: 'witness',
      after: null,
    });

    // A merged party takes no edits, no roles and no second merge.
    await expectCaseFileError(
      () =>
        updateParty(session, { id: cyr.id, version: 2, fields: { ...DJORDJE_CYR, notes: 'x' } }),
      'NOT_ALLOWED',
    );
    await expectCaseFileError(() => role(c1.id, cyr.id, 'courier'), 'NOT_ALLOWED');
    await expectCaseFileError(
      () =>
        mergeParties(session, {
          keepId: djordje.id,
          mergeId: cyr.id,
          keepVersion: 1,
          mergeVersion: 2,
        }),
      'NOT_ALLOWED',
    );
  });

  it('refuses a merge into itself, of a person with an organisation, and of an outdated version', async () => {
    const { session, djordje, arben, orfej } = await threeCases();
    const before = count(session, 'audit_log');
    await expectCaseFileError(
      () =>
        mergeParties(session, {
          keepId: djordje.id,
          mergeId: djordje.id,
          keepVersion: 1,
          mergeVersion: 1,
        }),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () =>
        mergeParties(session, {
          keepId: orfej.id,
          mergeId: arben.id,
          keepVersion: 1,
          mergeVersion: 1,
        }),
      'NOT_ALLOWED',
    );
    updateParty(session, {
      id: arben.id,
      version: 1,
      fields: { ...ARBEN, notes: 'Courier, Morina crossing' },
    });
    await expectCaseFileError(
      () =>
        mergeParties(session, {
          keepId: djordje.id,
          mergeId: arben.id,
          keepVersion: 1,
          mergeVersion: 1,
        }),
      'EDIT_CONFLICT',
    );
    await expectCaseFileError(
      () =>
        mergeParties(session, {
          keepId: arben.id,
          mergeId: djordje.id,
          keepVersion: 1,
          mergeVersion: 1,
        }),
      'EDIT_CONFLICT',
    );
    expect(count(session, 'audit_log')).toBe(before + 1);
    expect(listParties(session)).toHaveLength(3);
  });

  it('unmerges back to exactly the state before the merge, with both in the audit log', async () => {
    const { session, c1, c2, c3, djordje, role } = await threeCases();
    const cyr = createParty(session, DJORDJE_CYR);
    role(c1.id, cyr.id, 'suspect', 'из изјаве сведока');
    role(c2.id, cyr.id, 'buyer');
    role(c3.id, cyr.id, 'witness');
    const snapshot = () => ({
      cases: [c1, c2, c3].map((c) => partiesOfCase(session, c.id)),
      list: listParties(session).map(({ version: _v, updatedAt: _u, ...p }) => p),
      roles: [djordje, cyr].map((p) => partyView(session, p.id).roles),
      search: session.db
        .prepare('SELECT kind, entity_id, title, body FROM search_index ORDER BY entity_id')
        .all(),
    });
    const before = snapshot();

    mergeParties(session, { keepId: djordje.id, mergeId: cyr.id, keepVersion: 1, mergeVersion: 1 });
    expect(snapshot()).not.toEqual(before);
    const undone = unmergeParty(session, { partyId: cyr.id });
    expect(snapshot()).toEqual(before);
    expect(undone.party).toMatchObject({ mergedInto: null, version: 3 });
    expect(fieldsOf(undone.party)).toEqual(fieldsOf(cyr));
    expect(undone.movedBack.map((r) => r.role)).toEqual(['buyer']);
    expect(undone.restored.map((r) => r.role)).toEqual(['suspect', 'witness']);
    expect(names(session, { text: '007123456' })).toEqual(['Петровић, Ђорђе']);

    const trail = auditOf(session, cyr.id);
    expect(trail.map((e) => e.action)).toEqual(['party.create', 'party.merge', 'party.unmerge']);
    expect(trail[2]?.changes['mergedInto']).toEqual({ before: djordje.id, after: null });
    expect(trail[2]?.changes['undoes']).toEqual({ before: null, after: trail[1]?.seq });
    expect(trail[2]?.changes['restoredRoles']?.after).toEqual(undone.restored);

    // Not merged any more: nothing to undo. Merging again and undoing again works.
    await expectCaseFileError(() => unmergeParty(session, { partyId: cyr.id }), 'NOT_ALLOWED');
    mergeParties(session, { keepId: djordje.id, mergeId: cyr.id, keepVersion: 1, mergeVersion: 3 });
    unmergeParty(session, { partyId: cyr.id });
    expect(snapshot()).toEqual(before);
  });

  it('refuses an unmerge made ambiguous by later changes, changing nothing', async () => {
    const { session, c1, c2, djordje, role } = await threeCases();
    const cyr = createParty(session, DJORDJE_CYR);
    role(c1.id, cyr.id, 'suspect');
    const buyer = role(c2.id, cyr.id, 'buyer');
    mergeParties(session, { keepId: djordje.id, mergeId: cyr.id, keepVersion: 1, mergeVersion: 1 });

    // The kept role that stood for a dropped duplicate was removed.
    const suspect = partiesOfCase(session, c1.id).find((r) => r.caseParty.role === 'suspect');
    removeRole(session, suspect?.caseParty.id ?? '');
    const audit = count(session, 'audit_log');
    const refused = await expectCaseFileError(
      () => unmergeParty(session, { partyId: cyr.id }),
      'NOT_ALLOWED',
    );
    expect(refused.details).toMatchObject({ casePartyId: suspect?.caseParty.id, role: 'suspect' });
    expect(count(session, 'audit_log')).toBe(audit);
    expect(getParty(session, cyr.id).mergedInto).toBe(djordje.id);

    // A moved role was removed.
    const { session: s2, c2: d2, djordje: dj2, role: role2 } = await threeCases();
    const cyr2 = createParty(s2, DJORDJE_CYR);
    const buyer2 = role2(d2.id, cyr2.id, 'buyer');
    mergeParties(s2, { keepId: dj2.id, mergeId: cyr2.id, keepVersion: 1, mergeVersion: 1 });
    removeRole(s2, buyer2.id);
    await expectCaseFileError(() => unmergeParty(s2, { partyId: cyr2.id }), 'NOT_ALLOWED');

    // The kept party was itself merged into a third party since: its roles moved on.
    const third = createParty(session, { ...DJORDJE, givenNames: 'Djordje', aliases: [] });
    mergeParties(session, {
      keepId: third.id,
      mergeId: djordje.id,
      keepVersion: 1,
      mergeVersion: 1,
    });
    const e = await expectCaseFileError(
      () => unmergeParty(session, { partyId: cyr.id }),
      'NOT_ALLOWED',
    );
    expect(e.details).toMatchObject({ casePartyId: buyer.id });
    // Undoing the later merge first brings the moved role back, but the removed one stays missing.
    unmergeParty(session, { partyId: djordje.id });
    const still = await expectCaseFileError(
      () => unmergeParty(session, { partyId: cyr.id }),
      'NOT_ALLOWED',
    );
    expect(still.details).toMatchObject({ role: 'suspect' });
  });
});

describe('party channels', () => {
  const fixtures: IpcFixture[] = [];
  afterEach(() => {
    for (const f of fixtures.splice(0)) f.services.dispose();
  });

  it('answer through the IPC envelope with outputs that match the contract', async () => {
    const f = ipcFixture();
    fixtures.push(f);
    const created = await f.ipc.invoke('casefile:create', {
      path: path.join(f.dir, 'parties.custodia'),
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    });
    expect(created.ok).toBe(true);
    const c = await f.ipc.invoke('case:create', {
      fields: { ...CASE, title: 'Икона', reference: 'ITCG-2026-0001' },
    });
    const caseId = c.ok ? c.value.id : '';
    const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    const a = value(await f.ipc.invoke('party:create', { fields: DJORDJE }));
    const b = value(await f.ipc.invoke('party:create', { fields: DJORDJE_CYR }));
    value(
      await f.ipc.invoke('party:update', {
        id: a.id,
        version: 1,
        fields: { ...DJORDJE, notes: 'n' },
      }),
    );
    const r = value(
      await f.ipc.invoke('party:assign-role', { caseId, partyId: b.id, role: 'suspect' }),
    );
    expect(value(await f.ipc.invoke('party:of-case', { caseId }))).toHaveLength(1);
    expect(value(await f.ipc.invoke('party:list', { text: 'petrovic' }))).toHaveLength(2);
    const merged = value(
      await f.ipc.invoke('party:merge', {
        keepId: a.id,
        mergeId: b.id,
        keepVersion: 2,
        mergeVersion: 1,
      }),
    );
    expect(merged.moved).toHaveLength(1);
    expect(value(await f.ipc.invoke('party:get', { id: b.id })).mergedInto?.id).toBe(a.id);
    expect(value(await f.ipc.invoke('party:unmerge', { partyId: b.id })).movedBack).toHaveLength(1);
    expect(value(await f.ipc.invoke('party:remove-role', { casePartyId: r.id })).id).toBe(r.id);
    expect(await f.ipc.invoke('party:create', { fields: { kind: 'person' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
