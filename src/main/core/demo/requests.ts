import { listDocuments } from '../documents';
import { listAccounts } from '../finance';
import { createRequest, recordRequestStatus } from '../reports/requests';
import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * The international requests of the Batrovci shipment: a mutual legal assistance request to
 * Cyprus about the Limassol consignee (its bank records, a search of its registered office, a
 * hearing), complete, sent and acknowledged, with the answer due; and a draft request for the
 * return of the Gospel book's two missing quires, offered by the Zagreb buyer, whose awareness
 * date starts the 3-year clock. Written through the requests service, like the app does.
 */
export function transitRequests(w: DemoWriter, p: DemoParties, caseId: string): void {
  const s = w.session;
  const documents = listDocuments(s, caseId);
  const documentId = (title: string) => {
    const found = documents.find((d) => d.title === title);
    if (!found) throw new Error(`The demo case has no document “${title}”.`);
    return found.id;
  };
  const kyreniaAccount = listAccounts(s, caseId).find((a) => a.iban.startsWith('CY'));
  if (!kyreniaAccount) throw new Error('The demo case has no Cyprus account.');
  const krater = w.objectId(caseId, 'T-2');
  const gospel = w.objectId(caseId, 'T-4');

  const mla = createRequest(s, {
    caseId,
    title: 'Cyprus — Kyrenia Heritage Holdings Ltd: bank records, search, hearing',
    fields: {
      kind: 'mla',
      reference: 'KTI 41/2026 — MLA 2026/014',
      requestedState: 'CY',
      to: {
        name: 'Ministry of Justice and Public Order of the Republic of Cyprus — Central Authority for Mutual Legal Assistance',
        address: '125 Athalassas Avenue, 1461 Nicosia',
        country: 'CY',
      },
      from: {
        name: 'Тужилаштво за организовани криминал — Prosecutor’s Office for Organised Crime',
        person: 'Јелена Миловановић',
        function: 'Deputy Public Prosecutor',
        address: 'Устаничка 29, 11000 Београд',
        phone: '+381 11 3088 400',
        email: 'mla@tok.gov.rs',
        country: 'RS',
      },
      conductingAuthority:
        'UKP — Cultural Goods Unit, Belgrade (lead investigator Marko Đorđević), under the direction of the Prosecutor’s Office for Organised Crime',
      legalBasis:
        'United Nations Convention against Transnational Organized Crime (Palermo, 2000), Art. 18; European Convention on Mutual Assistance in Criminal Matters (Strasbourg, 1959) and its Second Additional Protocol (2001).',
      subject:
        'Criminal investigation KTI 41/2026 against Arben Krasniqi, Blerina Hoxha, Stjepan Kovačević and others for smuggling of cultural goods, money laundering and participation in an organised criminal group.',
      summary:
        'Four antiquities worth about EUR 412,000 were found on 21 January 2026 at the Batrovci border crossing in a lorry, declared as reproductions worth EUR 850. The consignee is Kyrenia Heritage Holdings Ltd, Limassol, a company without staff that received EUR 18,500 for the consignment and passed EUR 18,000 on to an Albanian company the next day. The Cypriot authorities are asked for the company’s bank records, a search of its registered office and the hearing of its corporate service provider.',
      facts: [
        'On 21 January 2026 at 03:40 customs officers at the Batrovci crossing (Serbia–Croatia) stopped a lorry of Dardania Freight SH.P.K. driven by Arben Krasniqi. Four crates declared as decorative reproductions (HS 9705, EUR 850) held a Roman marble head, an Apulian red-figure krater, an Illyrian-type bronze helmet and a 16th-century Gospel book, assessed by experts at EUR 412,000.',
        '',
        'The consignment left the Beirut free zone on 12 January 2026 (consignor Cedar Free Zone Trading SAL (Offshore)) and was consigned to Kyrenia Heritage Holdings Ltd, Arch. Makariou III 155, Limassol (registration HE 412233). The delivery address was that of Kovačević d.o.o., an antiques dealer in Zagreb.',
        '',
        'Bank records obtained in Croatia show that Kovačević d.o.o. paid EUR 18,500 to the Kyrenia account with Bank of Cyprus on 3 February 2026 ("advance for decorative items", invoice CFZ-2025-118); on 4 February 2026 EUR 18,000 left that account for Hëna Trading SH.P.K., Tiranë, whose director Blerina Hoxha is also the nominee director of Kyrenia. The company has no staff; its registered office is the address of a corporate service provider shared by about forty companies.',
        '',
        'The evidence sought is in Cyprus: the account, the company’s records and the persons who administer it.',
      ].join('\n'),
      offences: [
        {
          code: 'nicosia-5',
          qualification: 'Smuggling of cultural goods',
          provision: 'Criminal Code of the Republic of Serbia (Krivični zakonik), Art. 236(2)',
          legalText:
            'Whoever carries goods across the customs line avoiding customs control, or avoids customs control while carrying goods across the customs line, where the goods are cultural goods or goods whose import or export is prohibited, shall be punished by imprisonment.',
          maxPenalty: 'Imprisonment of up to eight years',
          limitation: '10 years from the commission of the offence (Criminal Code, Art. 103)',
        },
        {
          code: 'money-laundering',
          qualification: 'Money laundering',
          provision:
            'Criminal Code of the Republic of Serbia (Krivični zakonik), Art. 245(1) and (2)',
          legalText:
            'Whoever converts or transfers property, knowing that it originates from a criminal offence, with the intent to conceal or misrepresent the unlawful origin of the property, or conceals or misrepresents facts about the property knowing that it originates from a criminal offence, shall be punished by imprisonment of six months to five years and a fine; where the amount of money or property exceeds one million five hundred thousand dinars, by imprisonment of one to ten years and a fine.',
          maxPenalty: 'Imprisonment of up to ten years and a fine',
          limitation: '15 years from the commission of the offence (Criminal Code, Art. 103)',
        },
      ],
      persons: [
        {
          partyId: p.kyrenia.id,
          role: 'Consignee of the shipment; holder of the account at Bank of Cyprus',
        },
        {
          partyId: p.blerina.id,
          role: 'Suspect; nominee director of Kyrenia Heritage Holdings Ltd',
        },
        {
          partyId: p.stjepan.id,
          role: 'Suspect; believed to be the beneficial owner of Kyrenia Heritage Holdings Ltd',
        },
      ],
      measures: [
        {
          kind: 'bank_records',
          details:
            'Bank of Cyprus Public Company Ltd: certified copies of the account-opening file and KYC documents, the declaration of the beneficial owner, signature cards and powers of attorney, statements from 1 October 2025 to 28 February 2026, and the full details of the incoming transfer of EUR 18,500 of 3 February 2026 and the outgoing transfer of EUR 18,000 of 4 February 2026 (originator, beneficiary, IP addresses of online banking sessions).',
          accountIds: [kyreniaAccount.id],
          partyIds: [p.kyrenia.id],
        },
        {
          kind: 'search_seizure',
          details:
            'Search of the registered office of Kyrenia Heritage Holdings Ltd (Arch. Makariou III 155, 3rd floor, Limassol) and seizure of the company’s corporate records, contracts, invoices (in particular CFZ-2025-118), correspondence with Cedar Free Zone Trading SAL and Hëna Trading SH.P.K., and of any cultural object or photograph of cultural objects found there, in particular objects like the krater described in the annex.',
          objectIds: [krater],
          partyIds: [p.kyrenia.id],
        },
        {
          kind: 'hearing',
          details:
            'Hearing as a witness of the director of the corporate service provider at the registered office, on: who instructed the incorporation of the company and the opening of the account; who gives instructions for payments; the identity of the beneficial owner; the company’s contacts with Stjepan Kovačević and Blerina Hoxha. Questions are attached.',
          partyIds: [p.blerina.id, p.stjepan.id],
        },
      ],
      procedures:
        'Bank records certified as true copies by the bank with a certificate of authenticity; seized items listed in a record signed by those present and kept under seal, with their chain of custody; the witness to be heard after being informed of his or her rights under Cypriot law. The requesting authority asks that the Deputy Public Prosecutor and the lead investigator be allowed to attend the search and the hearing.',
      purpose:
        'The evidence is sought to establish the flow of the money paid for the smuggled objects, the persons who control Kyrenia Heritage Holdings Ltd and their knowledge of the objects’ unlawful origin, for use in criminal investigation KTI 41/2026 and in the criminal proceedings that follow it before the Higher Court in Belgrade, Special Department for Organised Crime.',
      confidentiality:
        'The suspects have not been informed of the investigation; disclosure of the request to the account holder or to the corporate service provider’s clients would put the evidence at risk.',
      urgent: true,
      urgencyReason:
        'The detention of a suspect ends on 21 April 2026 and the bank may close the account; the records are needed before then.',
      deadline: '2026-04-10',
      annexDocumentIds: [
        documentId('Invoice CFZ-2025-118, Cedar → Kyrenia (krater)'),
        documentId('Lebanese export certificate for the four crates'),
      ],
      annexObjectIds: [krater],
    },
  });
  const sent = recordRequestStatus(s, {
    id: mla.id,
    version: mla.version,
    status: 'sent',
    on: '2026-02-18',
    reference: 'MP RS 712-01-00231/2026 (via the Ministry of Justice)',
    note: 'Sent in English through the Ministry of Justice; advance copy by e-mail to the Cypriot central authority.',
    answerDue: '2026-04-10',
  });
  recordRequestStatus(s, {
    id: mla.id,
    version: sent.version,
    status: 'acknowledged',
    on: '2026-02-25',
    reference: 'MJPO 11.10.018/2026/46',
    note: 'Received by the Cypriot central authority and passed to the Cyprus Police (Economic Crime Investigation Office).',
  });

  createRequest(s, {
    caseId,
    title: 'Croatia — return of the Gospel book’s missing quires (T-4)',
    fields: {
      kind: 'return',
      reference: 'KTI 41/2026 — RET 2026/002',
      requestedState: 'HR',
      to: {
        name: 'Ministry of Culture and Media of the Republic of Croatia — Directorate for the Protection of Cultural Heritage',
        address: 'Runjaninova 2, 10000 Zagreb',
        country: 'HR',
      },
      from: {
        name: 'Министарство културе Републике Србије — Ministry of Culture of the Republic of Serbia',
        person: 'Драгана Петровић',
        function: 'Head of the Department for the Protection of Cultural Heritage',
        address: 'Влајковићева 3, 11000 Београд',
        phone: '+381 11 3398 172',
        email: 'kulturno.nasledje@kultura.gov.rs',
        country: 'RS',
      },
      objectIds: [gospel],
      culturalStatus:
        'A Tetraevangelion of the second half of the 16th century in the Serbian recension of Church Slavonic, from the inventory of a monastery of the Serbian Orthodox Church (ownership note on fol. 1r scraped off). Quires 3 and 11, missing from the manuscript seized at Batrovci, belong to it and share its status: a cultural good of great importance.',
      legalBasis:
        'Law on Cultural Heritage of the Republic of Serbia (Zakon o kulturnom nasleđu), protection of old and rare books; UNESCO Convention of 1970, Art. 7(b)(ii); the elements of a request follow Directive 2014/60/EU, Arts. 5 and 6.',
      removalDate: '2025',
      removalCircumstances:
        'Taken from the monastery’s library without authorisation and taken out of Serbia without the export permit the law requires; the manuscript was split and its two quires offered separately.',
      provisionBreached:
        'Law on Cultural Heritage: export of cultural goods without a permit; Criminal Code, Art. 236(2) (smuggling of cultural goods)',
      location:
        'Premises of Kovačević d.o.o., Ilica 142, Zagreb: the quires were offered to an undercover buyer there on 6 February 2026.',
      holderPartyId: p.kovacevic.id,
      awareOn: '2026-02-06',
      publicCollection: true,
      imiReference: '',
      annexDocumentIds: [],
    },
  });
  w.tally.requests += 2;
}
