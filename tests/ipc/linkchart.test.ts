import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { edgeId, nodeId } from '../../src/main/core/linkchart';
import type { IpcResult } from '../../src/shared/ipc/define';
import { PASSPHRASE } from '../helpers/case-files';
import { moneyChain } from '../core/linkchart/fixtures';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

function ok<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('link chart channels', () => {
  it('answers linkchart: requests through the IPC envelope', async () => {
    const f = ipcFixture();
    fixtures.push(f);
    ok(
      await f.ipc.invoke('casefile:create', {
        path: path.join(f.dir, 'links.custodia'),
        operatorName: 'Ana Petrović',
        passphrase: PASSPHRASE,
      }),
    );
    const m = moneyChain(f.services.workspace.session());
    const caseId = m.kase.id;
    const buyer = nodeId.party(m.buyer.id);
    const seller = nodeId.party(m.seller.id);

    const graph = ok(await f.ipc.invoke('linkchart:graph', { caseId }));
    expect(graph.nodes).toHaveLength(10);
    expect(graph.paymentCount).toBe(8);
    const filtered = ok(
      await f.ipc.invoke('linkchart:graph', {
        caseId,
        filters: { from: '2025-01-01', to: null, minAmount: '50000', types: ['payment'] },
      }),
    );
    expect(filtered.edges.map((e) => e.flow?.total).sort()).toEqual([
      '100000.00',
      '60000.00',
      '65000.50',
    ]);

    const expansion = ok(
      await f.ipc.invoke('linkchart:expand', { caseId, nodeId: nodeId.party(m.shell.id) }),
    );
    expect(expansion.nodes.some((n) => n.otherCase?.reference === 'ITCG-2026-0202')).toBe(true);

    const paths = ok(
      await f.ipc.invoke('linkchart:paths', { caseId, from: buyer, to: seller, maxDepth: 4 }),
    );
    expect(paths.paths.length).toBeGreaterThanOrEqual(3);

    const payments = ok(
      await f.ipc.invoke('linkchart:edge-payments', {
        caseId,
        edgeId: edgeId.payment(
          caseId,
          nodeId.account(m.buyerAcct.id),
          nodeId.account(m.shellAcct.id),
          'EUR',
        ),
      }),
    );
    expect(payments.count).toBe(2);

    const located = ok(
      await f.ipc.invoke('linkchart:locate', {
        caseId,
        refs: [{ kind: 'party', id: m.seller.id }],
      }),
    );
    expect(located).toEqual({ nodeIds: [seller], edgeIds: [] });

    // Refused before reaching the core: a depth out of range, an unknown link type.
    const deep = await f.ipc.invoke('linkchart:paths', {
      caseId,
      from: buyer,
      to: seller,
      maxDepth: 50,
    });
    expect(deep).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badType = await f.ipc.invoke('linkchart:graph', {
      caseId,
      filters: { types: ['bribery' as 'payment'] },
    });
    expect(badType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // Refused by the core: a node id the chart never makes.
    const bad = await f.ipc.invoke('linkchart:expand', { caseId, nodeId: 'account:42' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    // Locked: no chart.
    f.services.workspace.lock('user');
    const locked = await f.ipc.invoke('linkchart:graph', { caseId });
    expect(locked.ok).toBe(false);
  });
});
