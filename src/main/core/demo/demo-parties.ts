import type { PartyFieldsInput, PartyRecord } from '../../../shared/domain/party';
import type { DemoWriter } from './demo-writer';

/**
 * The people and organisations of the demo. Parties belong to the case file, not to one case, so
 * the same courier or dealer turns up in several cases (and the cases are linked for it). Names
 * are invented; places and institutions are real ones of the region.
 */
const PEOPLE = {
  draganCyr: {
    kind: 'person',
    givenNames: 'Драган',
    familyName: 'Јовановић',
    patronymic: 'Милорад',
    sex: 'male',
    dateOfBirth: '1981-06-14',
    placeOfBirth: 'Лозница',
    nationalities: ['RS'],
    aliases: ['Гаги'],
    identityDocuments: [{ type: 'id-card', number: '009876543', issuingCountry: 'RS' }],
    addresses: [{ line: 'Липнички шор бб', city: 'Лозница', postalCode: '15300', country: 'RS' }],
    contacts: [{ kind: 'phone', value: '+381 64 555 0137' }],
    notes: 'Metal-detectorist known to the clubs of the Drina valley; owns two detectors.',
  },
  // The same man as entered from the Zvornik police report, in Latin script: merged below.
  draganLat: {
    kind: 'person',
    givenNames: 'Dragan',
    familyName: 'Jovanović',
    sex: 'male',
    dateOfBirth: '1981-06',
    nationalities: ['RS', 'BA'],
    aliases: ['Dragan Drinski'],
    contacts: [{ kind: 'messenger', value: 'Viber +381 64 555 0137' }],
    notes: 'Entered from the report of PU Zvornik of 29 August 2025.',
  },
  nermin: {
    kind: 'person',
    givenNames: 'Nermin',
    familyName: 'Hadžić',
    sex: 'male',
    dateOfBirth: '1976-02-03',
    placeOfBirth: 'Zvornik',
    nationalities: ['BA'],
    addresses: [{ line: 'Kozluk bb', city: 'Zvornik', postalCode: '75413', country: 'BA' }],
    contacts: [{ kind: 'email', value: 'n.hadzic76@example.com' }],
    notes: 'Runs the seller account; PayPal payouts go to his account.',
  },
  arben: {
    kind: 'person',
    givenNames: 'Arben',
    familyName: 'Krasniqi',
    sex: 'male',
    dateOfBirth: '1985-11-02',
    placeOfBirth: 'Gjakovë',
    nationalities: ['XK'],
    identityDocuments: [{ type: 'passport', number: 'P01234567', issuingCountry: 'XK' }],
    addresses: [{ line: 'Rruga Nëna Terezë 41', city: 'Prishtinë', country: 'XK' }],
    notes: 'Lorry driver for a Prishtinë freight company; carried parcels of coins to buyers.',
  },
  blerina: {
    kind: 'person',
    givenNames: 'Blerina',
    familyName: 'Hoxha',
    sex: 'female',
    dateOfBirth: '1979-08',
    placeOfBirth: 'Durrës',
    nationalities: ['AL'],
    addresses: [{ line: 'Rruga e Dëshmorëve 7', city: 'Durrës', country: 'AL' }],
    notes: 'Director of Hëna Trading SH.P.K.; nominee director of three Cyprus companies.',
  },
  gjorgji: {
    kind: 'person',
    givenNames: 'Ѓорѓи',
    familyName: 'Трајковски',
    sex: 'male',
    dateOfBirth: '1969-03-21',
    placeOfBirth: 'Битола',
    nationalities: ['MK'],
    aliases: ['Georg Trajkovski'],
    addresses: [{ line: 'ул. Широк Сокак 55', city: 'Битола', country: 'MK' }],
    notes: 'Antiques trader; consigned the icon to the Munich auction as "Georg Trajkovski".',
  },
  jovana: {
    kind: 'person',
    givenNames: 'Јована',
    familyName: 'Стојановска',
    sex: 'female',
    nationalities: ['MK'],
    notes: 'Art historian, NU Institute and Museum Ohrid; icons of the Ohrid school.',
  },
  vesna: {
    kind: 'person',
    givenNames: 'Vesna',
    familyName: 'Radić',
    sex: 'female',
    nationalities: ['RS'],
    notes: 'Numismatist, National Museum in Belgrade (Roman coinage).',
  },
  tesic: {
    kind: 'person',
    givenNames: 'Živorad',
    familyName: 'Tešić',
    sex: 'male',
    placeOfBirth: 'Lipnički Šor',
    nationalities: ['RS'],
    notes: 'Owns the field where the hoard was dug out; saw the suspect there at night.',
  },
  djukic: {
    kind: 'person',
    givenNames: 'Ivan',
    familyName: 'Đukić',
    sex: 'male',
    nationalities: ['RS'],
    notes: 'Customs officer at the Batrovci crossing who stopped the lorry.',
  },
  stjepan: {
    kind: 'person',
    givenNames: 'Stjepan',
    familyName: 'Kovačević',
    sex: 'male',
    dateOfBirth: '1964-01-30',
    placeOfBirth: 'Rijeka',
    nationalities: ['HR'],
    addresses: [{ line: 'Ilica 142', city: 'Zagreb', postalCode: '10000', country: 'HR' }],
    notes: 'Antiques dealer, director of Kovačević d.o.o.',
  },
  zeljka: {
    kind: 'person',
    givenNames: 'Željka',
    familyName: 'Šimunić',
    sex: 'female',
    nationalities: ['HR'],
    addresses: [{ line: 'Ulica Maršala Tita 77', city: 'Opatija', country: 'HR' }],
  },
  matjaz: {
    kind: 'person',
    givenNames: 'Matjaž',
    familyName: 'Žnidaršič',
    sex: 'male',
    nationalities: ['SI'],
    notes: 'Owner of Antikvariat Žolnir; bought the painting in good faith.',
  },
} satisfies Record<string, PartyFieldsInput>;

const ORGANISATIONS = {
  sellerAccount: {
    kind: 'organisation',
    name: 'KupiProdaj Balkan — seller “stari_novac_drina”',
    organisationType: 'online-platform',
    jurisdiction: 'BA',
    contacts: [{ kind: 'web', value: 'https://kupiprodaj.example/profil/stari_novac_drina' }],
    notes:
      'Seller account on an online marketplace: 214 listings of *old coins* from November 2024 to September 2025, shipped in padded envelopes, paid through PayPal.',
  },
  adler: {
    kind: 'organisation',
    name: 'Kunsthaus Adler Auktionen GmbH',
    organisationType: 'auction-house',
    registrationNumber: 'HRB 214477',
    jurisdiction: 'DE',
    addresses: [
      { line: 'Maximilianstraße 18', city: 'München', postalCode: '80539', country: 'DE' },
    ],
  },
  church: {
    kind: 'organisation',
    name: 'Црква „Св. Никола“, Лескоец (Охрид)',
    organisationType: 'church',
    jurisdiction: 'MK',
    addresses: [{ line: 'с. Лескоец', city: 'Охрид', country: 'MK' }],
    notes: 'Theft of the icon reported to SVR Ohrid on 3 April 2023.',
  },
  cedar: {
    kind: 'organisation',
    name: 'Cedar Free Zone Trading SAL (Offshore)',
    organisationType: 'freeport',
    registrationNumber: '1019882',
    jurisdiction: 'LB',
    addresses: [{ line: 'Port of Beirut Free Zone, Warehouse 14', city: 'Beirut', country: 'LB' }],
  },
  kyrenia: {
    kind: 'organisation',
    name: 'Kyrenia Heritage Holdings Ltd',
    organisationType: 'company',
    registrationNumber: 'HE 412233',
    jurisdiction: 'CY',
    addresses: [{ line: 'Arch. Makariou III 155, 3rd floor', city: 'Limassol', country: 'CY' }],
    notes:
      'No staff, no premises of its own: a corporate-services address shared by 40 companies. Nominee director: Blerina Hoxha.',
  },
  hena: {
    kind: 'organisation',
    name: 'Hëna Trading SH.P.K.',
    organisationType: 'company',
    registrationNumber: 'L91234567A',
    jurisdiction: 'AL',
    addresses: [{ line: 'Rruga e Durrësit 212', city: 'Tiranë', country: 'AL' }],
    notes: 'Paid the freight; received EUR 18,000 from Kovačević d.o.o. on 4 February 2026.',
  },
  kovacevic: {
    kind: 'organisation',
    name: 'Kovačević d.o.o.',
    organisationType: 'dealer',
    registrationNumber: 'OIB 48213975016',
    jurisdiction: 'HR',
    addresses: [{ line: 'Ilica 142', city: 'Zagreb', postalCode: '10000', country: 'HR' }],
  },
  zolnir: {
    kind: 'organisation',
    name: 'Antikvariat Žolnir d.o.o.',
    organisationType: 'dealer',
    jurisdiction: 'SI',
    addresses: [{ line: 'Stari trg 9', city: 'Ljubljana', postalCode: '1000', country: 'SI' }],
  },
} satisfies Record<string, PartyFieldsInput>;

export type DemoParties = Record<keyof typeof PEOPLE | keyof typeof ORGANISATIONS, PartyRecord>;

export function createDemoParties(w: DemoWriter): DemoParties {
  const entries = Object.entries({ ...PEOPLE, ...ORGANISATIONS }).map(
    ([key, fields]) => [key, w.party(fields)] as const,
  );
  return Object.fromEntries(entries) as DemoParties;
}
