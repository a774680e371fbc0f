import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../src/shared/ipc/define';
import { PASSPHRASE } from '../helpers/case-files';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

function ok<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('provenance channels', () => {
  it('answers provenance:, claim: and timeline: requests through the IPC envelope', async () => {
    const f = ipcFixture();
    fixtures.push(f);
    ok(
      await f.ipc.invoke('casefile:create', {
        path: path.join(f.dir, 'provenance.custodia'),
        operatorName: 'Ana Petrović',
        passphrase: PASSPHRASE,
      }),
    );
    const c = ok(
      await f.ipc.invoke('case:create', {
        fields: { reference: 'ITCG-2026-0071', title: 'Icon', openedOn: '2026-02-01' },
      }),
    );
    const object = ok(
      await f.ipc.invoke('object:create', {
        caseId: c.id,
        fields: { exhibitNumber: 'E-1', typeL1: 'religious', typeL2: 'religious.icon' },
      }),
    );

    const sale = ok(
      await f.ipc.invoke('provenance:add-event', {
        objectId: object.id,
        fields: { type: 'sale', date: '1998-03-12', toParty: { name: 'Galerie Hermès' } },
      }),
    );
    expect(sale).toMatchObject({ position: 1, span: { botb: '1998-03-12' } });
    const find = ok(
      await f.ipc.invoke('provenance:add-event', {
        objectId: object.id,
        position: 1,
        fields: { type: 'find', date: 'oko 1965.', toParty: { name: 'Jovan Petrović' } },
      }),
    );
    expect(find.position).toBe(1);

    const bad = await f.ipc.invoke('provenance:add-event', {
      objectId: object.id,
      fields: { type: 'sale', date: 'not a date at all' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['date'] }] } },
    });

    const updated = ok(
      await f.ipc.invoke('provenance:update-event', {
        id: sale.id,
        version: 1,
        fields: { type: 'sale', date: '1970s', toParty: { name: 'Galerie Hermès' } },
      }),
    );
    expect(updated).toMatchObject({ version: 2, position: 2, span: { text: '1970s' } });
    const stale = await f.ipc.invoke('provenance:update-event', {
      id: sale.id,
      version: 1,
      fields: { type: 'sale' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'EDIT_CONFLICT' } });

    const reordered = await f.ipc.invoke('provenance:reorder', {
      objectId: object.id,
      order: [sale.id, find.id],
    });
    expect(reordered).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const loan = ok(
      await f.ipc.invoke('provenance:add-event', {
        objectId: object.id,
        fields: { type: 'loan', date: '1950' },
      }),
    );
    const chain = ok(
      await f.ipc.invoke('provenance:reorder', {
        objectId: object.id,
        order: [find.id, loan.id, sale.id],
      }),
    );
    expect(chain.events.map((e) => e.position)).toEqual([1, 2, 3]);
    // The loan of 1950 put after the find of c. 1965: reported, not refused.
    expect(chain.orderProblems).toEqual([{ before: find.id, after: loan.id }]);

    const claim = ok(
      await f.ipc.invoke('claim:add', {
        objectId: object.id,
        fields: {
          claimant: { name: 'Republic of North Macedonia' },
          claimantKind: 'state',
          basis: 'Law on Cultural Heritage Protection',
          date: '2026-02-15',
        },
      }),
    );
    expect(claim).toMatchObject({ status: 'asserted', span: { botb: '2026-02-15' } });
    const reviewed = ok(
      await f.ipc.invoke('claim:update', {
        id: claim.id,
        version: 1,
        fields: {
          claimant: { name: 'Republic of North Macedonia' },
          claimantKind: 'state',
          basis: 'Law on Cultural Heritage Protection',
          date: '2026-02-15',
          status: 'under_review',
        },
      }),
    );
    expect(reviewed).toMatchObject({ status: 'under_review', version: 2 });

    const removed = ok(await f.ipc.invoke('provenance:remove-event', { id: loan.id, version: 1 }));
    expect(removed.events.map((e) => e.id)).toEqual([find.id, sale.id]);
    expect(removed.orderProblems).toEqual([]);

    const shown = ok(await f.ipc.invoke('provenance:chain', { objectId: object.id }));
    expect(shown.claims.map((x) => x.id)).toEqual([claim.id]);
    expect(shown.aam).toContain('Jovan Petrović');
    expect(shown.aam).toContain('Galerie Hermès');

    const timeline = ok(await f.ipc.invoke('timeline:case', { caseId: c.id }));
    expect(timeline.items.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['provenance', 'claim', 'case_status']),
    );
    expect(timeline.items.filter((i) => i.kind === 'provenance').map((i) => i.id)).toEqual([
      find.id,
      sale.id,
    ]);
  });
});
