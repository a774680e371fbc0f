import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * The money behind the Batrovci shipment (typologies 4 and 7, REFERENCE §8.3), from the FIU
 * request 2026/114: the courier's cash paid into Hëna Trading in three deposits just under
 * EUR 10,000 (structuring); Hëna pays the Beirut consignor; the Zagreb buyer pays the Limassol
 * "consignee", which passes the money on to Hëna the next day (pass-through); Hëna pays the
 * buyer's director, who lends it back to his company (a circular flow); and the director owns the
 * Limassol company, which owns Hëna (the person behind the shells). The krater's seller (Cedar)
 * and buyer (Kyrenia) are thus linked through Hëna: the sale is not at arm's length.
 */
export function transitMoney(w: DemoWriter, p: DemoParties, caseId: string): void {
  const party = (x: { id: string }) => ({ partyId: x.id, name: '' });
  const fiu = 'FIU request 2026/114';

  const kovacevic = w.account(caseId, {
    iban: 'HR7623600001102345608',
    bic: 'ZABAHR2X',
    institution: { partyId: null, name: 'Zagrebačka banka d.d.' },
    holder: party(p.kovacevic),
    currency: 'EUR',
    openedOn: '2014-03',
    grading: { source: 'A', information: '1' },
    notes: `Statements for January–February 2026 obtained through ${fiu}.`,
  });
  const stjepan = w.account(caseId, {
    iban: 'HR6724020061100483901',
    bic: 'ESBCHR22',
    institution: { partyId: null, name: 'Erste&Steiermärkische Bank d.d.' },
    holder: party(p.stjepan),
    currency: 'EUR',
    grading: { source: 'A', information: '1' },
  });
  const kyrenia = w.account(caseId, {
    iban: 'CY21002001950000357001234567',
    bic: 'BCYPCY2N',
    institution: { partyId: null, name: 'Bank of Cyprus Public Company Ltd' },
    holder: party(p.kyrenia),
    currency: 'EUR',
    openedOn: '2025-10',
    grading: { source: 'B', information: '2' },
    notes: 'Opened six weeks before the first invoice; no staff, registered office of a law firm.',
  });
  const hena = w.account(caseId, {
    iban: 'AL47212110090000000235698741',
    bic: 'SGSBALTX',
    institution: { partyId: null, name: 'Banka OTP Albania' },
    holder: party(p.hena),
    currency: 'EUR',
    grading: { source: 'B', information: '2' },
  });
  const cedar = w.account(caseId, {
    iban: 'LB72099900000001001901234560',
    institution: { partyId: null, name: 'Beirut free-zone bank (name in the MLA reply)' },
    holder: party(p.cedar),
    currency: 'EUR',
    grading: { source: 'C', information: '3' },
  });

  // Rates the unit keeps for the case: the lek is left without one on purpose, so the totals show
  // what cannot be converted instead of guessing it.
  w.rate({ date: '2026-01-21', currency: 'RSD', rate: '0.008532', source: 'NBS middle rate' });
  w.rate({ date: '2026-02-03', currency: 'RSD', rate: '0.008529', source: 'NBS middle rate' });

  const cash = (day: string, amount: string) =>
    w.payment(caseId, {
      date: day,
      amount: { amount, currency: 'EUR' },
      payer: party(p.arben),
      beneficiary: party(p.hena),
      beneficiaryAccountId: hena,
      method: 'cash',
      purpose: 'Cash deposit at the counter, Tiranë',
      grading: { source: 'A', information: '2' },
    });
  cash('2026-01-05', '9700.00');
  cash('2026-01-07', '9850.00');
  cash('2026-01-09', '9900.00');

  const wire = (
    day: string,
    amount: string,
    from: [{ id: string }, string],
    to: [{ id: string }, string],
    purpose: string,
    reference = '',
  ) =>
    w.payment(caseId, {
      date: day,
      amount: { amount, currency: 'EUR' },
      payer: party(from[0]),
      payerAccountId: from[1],
      beneficiary: party(to[0]),
      beneficiaryAccountId: to[1],
      method: 'wire',
      purpose,
      reference,
      grading: { source: 'A', information: '1' },
    });
  wire('2026-01-12', '5000.00', [p.hena, hena], [p.cedar, cedar], 'Freight Beirut–Istanbul');
  wire(
    '2026-02-03',
    '18500.00',
    [p.kovacevic, kovacevic],
    [p.kyrenia, kyrenia],
    'Advance for decorative items',
    'CFZ-2025-118',
  );
  wire('2026-02-04', '18000.00', [p.kyrenia, kyrenia], [p.hena, hena], 'Consultancy services');
  wire('2026-02-10', '12000.00', [p.hena, hena], [p.stjepan, stjepan], 'Market research');
  wire(
    '2026-02-12',
    '11000.00',
    [p.stjepan, stjepan],
    [p.kovacevic, kovacevic],
    'Director’s loan to the company',
  );
  w.payment(caseId, {
    date: '2026-01-22',
    amount: { amount: '150000.00', currency: 'ALL' },
    payer: party(p.hena),
    beneficiary: party(p.arben),
    method: 'cash',
    purpose: 'Driver’s fee (as Arben Krasniqi stated)',
    grading: { source: 'B', information: '3' },
  });

  w.relationship(caseId, {
    type: 'ownership',
    subject: party(p.stjepan),
    object: party(p.kovacevic),
    percentage: '100',
    role: 'sole shareholder',
    startDate: '2014',
    grading: { source: 'A', information: '1' },
  });
  w.relationship(caseId, {
    type: 'directorship',
    subject: party(p.stjepan),
    object: party(p.kovacevic),
    role: 'director',
    startDate: '2014',
  });
  w.relationship(caseId, {
    type: 'ownership',
    subject: party(p.stjepan),
    object: party(p.kyrenia),
    percentage: '75',
    role: 'beneficial owner behind a nominee shareholder (Limassol law firm)',
    startDate: '2025-09',
    grading: { source: 'B', information: '2' },
    notes: 'Declared in the Cyprus register of beneficial owners; the nominee holds the shares.',
  });
  w.relationship(caseId, {
    type: 'ownership',
    subject: party(p.kyrenia),
    object: party(p.hena),
    percentage: '100',
    role: 'shareholder',
    startDate: '2025-10',
    grading: { source: 'B', information: '2' },
  });
  w.relationship(caseId, {
    type: 'directorship',
    subject: party(p.blerina),
    object: party(p.hena),
    role: 'director (nominee)',
    startDate: '2025-10',
  });
  w.relationship(caseId, {
    type: 'signatory',
    subject: party(p.blerina),
    accountId: hena,
    role: 'sole signatory',
  });
}
