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

describe('finance channels', () => {
  it('answers account:, payment:, relationship: and rate: requests through the IPC envelope', async () => {
    const f = ipcFixture();
    fixtures.push(f);
    ok(
      await f.ipc.invoke('casefile:create', {
        path: path.join(f.dir, 'finance.custodia'),
        operatorName: 'Ana Petrović',
        passphrase: PASSPHRASE,
      }),
    );
    const c = ok(
      await f.ipc.invoke('case:create', {
        fields: { reference: 'ITCG-2026-0606', title: 'Money', openedOn: '2026-02-01' },
      }),
    );
    const holder = ok(
      await f.ipc.invoke('party:create', {
        fields: {
          kind: 'organisation',
          name: 'Aphrodite Holdings Ltd',
          organisationType: 'company',
        },
      }),
    );

    // Accounts: the IBAN normalised and checked; a bad one refused with its path.
    const shell = ok(
      await f.ipc.invoke('account:add', {
        caseId: c.id,
        fields: { iban: 'cy17 0020 0128 0000 0012 0052 7600', holder: { partyId: holder.id } },
      }),
    );
    expect(shell).toMatchObject({
      iban: 'CY17002001280000001200527600',
      country: 'CY',
      holderName: 'Aphrodite Holdings Ltd',
    });
    const bad = await f.ipc.invoke('account:add', {
      caseId: c.id,
      fields: { iban: 'CY17002001280000001200527601' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['iban'] }] } },
    });
    const twice = await f.ipc.invoke('account:add', {
      caseId: c.id,
      fields: { iban: 'CY17002001280000001200527600' },
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    const gallery = ok(
      await f.ipc.invoke('account:add', {
        caseId: c.id,
        fields: { iban: 'RS35260005601001611379', holder: { name: 'Galerija Antika' } },
      }),
    );
    const edited = ok(
      await f.ipc.invoke('account:update', {
        id: gallery.id,
        version: 1,
        fields: { iban: 'RS35260005601001611379', holder: { name: 'Galerija Antika d.o.o.' } },
      }),
    );
    expect(edited).toMatchObject({ version: 2, holderName: 'Galerija Antika d.o.o.' });
    expect(
      await f.ipc.invoke('account:update', {
        id: gallery.id,
        version: 1,
        fields: { iban: 'RS35260005601001611379' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'EDIT_CONFLICT' } });
    expect(ok(await f.ipc.invoke('account:get', { id: shell.id })).label).toBe(
      'CY17 0020 0128 0000 0012 0052 7600',
    );
    expect(ok(await f.ipc.invoke('account:list', { caseId: c.id })).map((a) => a.id)).toEqual([
      shell.id,
      gallery.id,
    ]);

    // Rates (case-file wide) and payments with totals.
    const rate = ok(
      await f.ipc.invoke('rate:add', {
        fields: { date: '2024-03-12', currency: 'RSD', rate: '0.008532' },
      }),
    );
    expect(rate).toMatchObject({ base: 'EUR', version: 1 });
    const wire = ok(
      await f.ipc.invoke('payment:add', {
        caseId: c.id,
        fields: {
          date: '2024-03-12',
          amount: { amount: '1172000.00', currency: 'RSD' },
          payerAccountId: shell.id,
          beneficiaryAccountId: gallery.id,
        },
      }),
    );
    const cash = ok(
      await f.ipc.invoke('payment:add', {
        caseId: c.id,
        fields: {
          date: '2024-03-13',
          amount: { amount: '9500', currency: 'GBP' },
          method: 'cash',
          payer: { name: 'Courier' },
          beneficiaryAccountId: gallery.id,
        },
      }),
    );
    expect(
      await f.ipc.invoke('payment:add', {
        caseId: c.id,
        fields: { date: '2024-03-12', amount: { amount: '-5', currency: 'EUR' } },
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      ok(
        await f.ipc.invoke('payment:update', {
          id: cash.id,
          version: 1,
          fields: {
            date: '2024-03-13',
            amount: { amount: '9500', currency: 'GBP' },
            method: 'cash',
            payer: { name: 'Courier' },
            beneficiaryAccountId: gallery.id,
            purpose: 'Deposit',
          },
        }),
      ),
    ).toMatchObject({ version: 2, purpose: 'Deposit' });
    expect(ok(await f.ipc.invoke('payment:get', { id: wire.id })).beneficiaryAccountLabel).toBe(
      'RS35 2600 0560 1001 6113 79',
    );
    const page = ok(
      await f.ipc.invoke('payment:list', {
        caseId: c.id,
        sort: 'amount',
        direction: 'desc',
        base: 'EUR',
        filters: { accountId: gallery.id },
      }),
    );
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.id, r.converted?.amount])).toEqual([
      [wire.id, '9999.50'],
      [cash.id, null],
    ]);
    expect(ok(await f.ipc.invoke('payment:totals', { caseId: c.id }))).toEqual({
      base: 'EUR',
      amount: '9999.50',
      missing: [{ currency: 'GBP', amount: '9500.00', count: 1 }],
      count: 2,
    });
    expect(
      await f.ipc.invoke('payment:list', { caseId: c.id, filters: { amountMin: 'lots' } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    // Relationships: added, ended by an end date, listed.
    const owns = ok(
      await f.ipc.invoke('relationship:add', {
        caseId: c.id,
        fields: {
          type: 'ownership',
          subject: { name: 'Hans Müller' },
          object: { partyId: holder.id },
          percentage: '100',
        },
      }),
    );
    expect(owns).toMatchObject({ objectName: 'Aphrodite Holdings Ltd', ended: false });
    const ended = ok(
      await f.ipc.invoke('relationship:update', {
        id: owns.id,
        version: 1,
        fields: {
          type: 'ownership',
          subject: { name: 'Hans Müller' },
          object: { partyId: holder.id },
          percentage: '100',
          endDate: '2024-05',
        },
      }),
    );
    expect(ended).toMatchObject({ version: 2, ended: true });
    expect(
      ok(await f.ipc.invoke('relationship:list', { caseId: c.id, partyId: holder.id })),
    ).toHaveLength(1);

    // Rates corrected and removed.
    const corrected = ok(
      await f.ipc.invoke('rate:update', {
        id: rate.id,
        version: 1,
        fields: { date: '2024-03-12', currency: 'RSD', rate: '0.008533' },
      }),
    );
    expect(corrected.version).toBe(2);
    expect(ok(await f.ipc.invoke('rate:list', { currency: 'RSD' }))).toHaveLength(1);
    expect(await f.ipc.invoke('rate:remove', { id: rate.id, version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'EDIT_CONFLICT' },
    });
    ok(await f.ipc.invoke('rate:remove', { id: rate.id, version: 2 }));
    expect(ok(await f.ipc.invoke('rate:list', {}))).toEqual([]);
    expect(ok(await f.ipc.invoke('payment:totals', { caseId: c.id })).missing).toHaveLength(2);
  });
});
