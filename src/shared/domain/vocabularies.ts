/**
 * Reference data shipped with Custodia. Lists a unit may extend or retire (offence types,
 * object types, roles…) are seeded into each case file's `vocabulary` table from here and edited
 * there; fixed enumerations that the software's rules depend on are plain `as const` arrays in the
 * entity schemas. Interface labels: `vocab.<kind>.<code>` in the i18n files, falling back to the
 * stored label for entries a unit added itself.
 *
 * Sources: ../shared/domain/REFERENCE.md §1 (Object ID, INTERPOL categories [U]), §4 (UNESCO 1970,
 * EU 2019/880, Reg. 116/2009 [U], Nicosia Convention), §6 (custody), §9.2.
 */

export const VOCABULARY_KINDS = [
  'offence_type',
  'object_type',
  'party_role',
  'organisation_type',
  'legal_basis',
  'check_database',
  'classification',
  'reg116_category',
  'identity_document',
  'document_type',
  'high_risk_jurisdiction',
  'expertise_field',
  'red_list_category',
  'conflict_country',
] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

export interface VocabularyEntry {
  code: string;
  /** English label; other languages come from the i18n files. */
  label: string;
  /** For two-level lists (object types): the level-1 code. */
  parent?: string;
  /** The legal text or standard the entry comes from. */
  source?: string;
}

const e = (code: string, label: string, extra: Partial<VocabularyEntry> = {}): VocabularyEntry => ({
  code,
  label,
  ...extra,
});

const NICOSIA = 'Council of Europe Convention on Offences relating to Cultural Property (CETS 221)';
const FATF_CALL = 'FATF, High-Risk Jurisdictions subject to a Call for Action, 13 February 2026';
const RED_LIST_SEE =
  'ICOM, Red List of Southeast European Cultural Objects at Risk, 14 October 2021';
const RED_LIST_UA = 'ICOM, Emergency Red List of Cultural Objects at Risk – Ukraine, December 2022';
const RED_LIST_SY = 'ICOM, Emergency Red List of Syrian Cultural Objects at Risk, 2013';
const FATF_MONITORING = 'FATF, Jurisdictions under Increased Monitoring, 13 February 2026';

export const DEFAULT_VOCABULARIES: Record<VocabularyKind, readonly VocabularyEntry[]> = {
  offence_type: [
    e('nicosia-3', 'Theft and other unlawful appropriation', { source: `${NICOSIA}, Art. 3` }),
    e('nicosia-4', 'Unlawful excavation and removal', { source: `${NICOSIA}, Art. 4` }),
    e('nicosia-5', 'Illegal importation', { source: `${NICOSIA}, Art. 5` }),
    e('nicosia-6', 'Illegal exportation', { source: `${NICOSIA}, Art. 6` }),
    e('nicosia-7', 'Acquisition of unlawfully obtained property', { source: `${NICOSIA}, Art. 7` }),
    e('nicosia-8', 'Placing on the market', { source: `${NICOSIA}, Art. 8` }),
    e('nicosia-9', 'Falsification of documents', { source: `${NICOSIA}, Art. 9` }),
    e('nicosia-10', 'Destruction and damage', { source: `${NICOSIA}, Art. 10` }),
    e('money-laundering', 'Money laundering'),
    e('terrorist-financing', 'Terrorist financing'),
    e('organised-crime', 'Organised crime'),
    e('fraud-forgery', 'Fraud and forgery'),
  ],
  object_type: [
    e('archaeological', 'Archaeological object'),
    e('archaeological.pottery', 'Pottery, vessel', { parent: 'archaeological' }),
    e('archaeological.sculpture', 'Sculpture, statue', { parent: 'archaeological' }),
    e('archaeological.metalwork', 'Metalwork, weapon, helmet', { parent: 'archaeological' }),
    e('archaeological.jewellery', 'Jewellery, fibula', { parent: 'archaeological' }),
    e('archaeological.architectural', 'Architectural fragment', { parent: 'archaeological' }),
    e('archaeological.inscription', 'Inscribed stone, stele', { parent: 'archaeological' }),
    e('archaeological.other', 'Other archaeological object', { parent: 'archaeological' }),
    e('coins', 'Coins and medals'),
    e('coins.coin', 'Coin', { parent: 'coins' }),
    e('coins.hoard', 'Coin hoard', { parent: 'coins' }),
    e('coins.medal', 'Medal, token', { parent: 'coins' }),
    e('religious', 'Religious object'),
    e('religious.icon', 'Icon', { parent: 'religious' }),
    e('religious.liturgical', 'Liturgical object', { parent: 'religious' }),
    e('religious.fresco', 'Fresco fragment', { parent: 'religious' }),
    e('paintings', 'Painting'),
    e('paintings.oil', 'Oil painting', { parent: 'paintings' }),
    e('paintings.other', 'Other painting', { parent: 'paintings' }),
    e('drawings-prints', 'Drawing, print, engraving'),
    e('sculpture', 'Sculpture (non-archaeological)'),
    e('manuscripts', 'Manuscripts, books, archives'),
    e('manuscripts.manuscript', 'Manuscript', { parent: 'manuscripts' }),
    e('manuscripts.book', 'Old book, incunabulum', { parent: 'manuscripts' }),
    e('manuscripts.archive', 'Archive document', { parent: 'manuscripts' }),
    e('ethnographic', 'Ethnographic object'),
    e('arms', 'Arms and armour'),
    e('furniture', 'Furniture'),
    e('textiles', 'Textiles, tapestries'),
    e('clocks', 'Clocks and watches'),
    e('instruments', 'Musical instruments'),
    e('stamps', 'Stamps'),
    e('other', 'Other'),
  ],
  party_role: [
    e('suspect', 'Suspect'),
    e('accused', 'Accused'),
    e('witness', 'Witness'),
    e('owner', 'Owner'),
    e('holder', 'Holder, possessor'),
    e('claimant', 'Claimant'),
    e('dealer', 'Dealer'),
    e('buyer', 'Buyer'),
    e('courier', 'Courier'),
    e('consignor', 'Consignor'),
    e('consignee', 'Consignee'),
    e('victim-institution', 'Victim institution'),
    e('expert', 'Expert'),
    e('official', 'Official'),
    e('informant', 'Informant'),
    e('other', 'Other'),
  ],
  organisation_type: [
    e('company', 'Company'),
    e('gallery', 'Gallery'),
    e('auction-house', 'Auction house'),
    e('dealer', 'Dealer'),
    e('freeport', 'Freeport'),
    e('shipper', 'Shipper, freight forwarder'),
    e('museum', 'Museum'),
    e('church', 'Church, religious community'),
    e('bank', 'Bank'),
    e('authority', 'Public authority'),
    e('online-platform', 'Online platform'),
    e('foundation', 'Foundation, association'),
    e('other', 'Other'),
  ],
  legal_basis: [
    e('search-warrant', 'Search warrant'),
    e('customs-control', 'Customs control'),
    e('border-control', 'Border control'),
    e('consent', 'Consent of the holder'),
    e('flagrante', 'Caught in the act (in flagrante)'),
    e('court-order', 'Court order'),
    e('mla-request', 'Mutual legal assistance request'),
    e('other', 'Other'),
  ],
  check_database: [
    e('interpol-swoa', 'INTERPOL Stolen Works of Art'),
    e('national', 'National database'),
    e('art-loss-register', 'Art Loss Register'),
    e('icom-red-list', 'ICOM Red List comparison'),
    e('leonardo', 'Leonardo (Carabinieri TPC)'),
    e('other', 'Other'),
  ],
  classification: [
    e('unclassified', 'Unclassified'),
    e('restricted', 'Restricted'),
    e('confidential', 'Confidential'),
    e('secret', 'Secret'),
  ],
  // Council Regulation (EC) No 116/2009, Annex I. Wording and thresholds unverified [U]: edit here.
  reg116_category: [
    e('a1', 'A1 Archaeological objects more than 100 years old'),
    e('a2', 'A2 Elements forming an integral part of dismembered monuments (over 100 years)'),
    e('a3', 'A3 Pictures and paintings executed entirely by hand'),
    e('a4', 'A4 Watercolours, gouaches and pastels executed entirely by hand'),
    e('a5', 'A5 Mosaics and drawings executed entirely by hand'),
    e('a6', 'A6 Original engravings, prints, serigraphs and lithographs'),
    e('a7', 'A7 Original sculptures or statuary and copies produced by the same process'),
    e('a8', 'A8 Photographs, films and negatives'),
    e('a9', 'A9 Incunabula and manuscripts'),
    e('a10', 'A10 Books more than 100 years old'),
    e('a11', 'A11 Printed maps more than 200 years old'),
    e('a12', 'A12 Archives and any elements thereof (over 50 years)'),
    e(
      'a13',
      'A13 Collections and specimens of zoology, botany, mineralogy, anatomy; collections of historical, palaeontological, ethnographic or numismatic interest',
    ),
    e('a14', 'A14 Means of transport more than 75 years old'),
    e('a15', 'A15 Any other antique item (50 to 100 years / over 100 years)'),
  ],
  identity_document: [
    e('passport', 'Passport'),
    e('id-card', 'Identity card'),
    e('driving-licence', 'Driving licence'),
    e('residence-permit', 'Residence permit'),
    e('other', 'Other'),
  ],
  // Documents (evidence items). The provenance rules read the codes export-licence,
  // import-licence, importer-statement and holder-statement; keep those codes.
  document_type: [
    e('export-licence', 'Export licence / certificate', {
      source: 'Reg. (EC) 116/2009; UNESCO 1970 Art. 6',
    }),
    e('import-licence', 'Import licence', { source: 'Reg. (EU) 2019/880 Art. 4' }),
    e('importer-statement', 'Importer statement', { source: 'Reg. (EU) 2019/880 Art. 5' }),
    e('invoice', 'Invoice / bill of sale'),
    e('auction-catalogue', 'Auction catalogue entry'),
    e('certificate-of-authenticity', 'Certificate of authenticity'),
    e('expert-report', 'Expert report'),
    e('holder-statement', "Holder's or seller's own statement"),
    e('witness-statement', 'Witness statement'),
    e('photograph', 'Photograph'),
    e('web-capture', 'Web capture (online listing)'),
    e('bank-record', 'Bank record'),
    e('customs-declaration', 'Customs declaration'),
    e('transport-document', 'Transport document (AWB, B/L, CMR)'),
    e('inventory-record', 'Museum or church inventory record'),
    e('excavation-permit', 'Excavation permit'),
    e('court-order', 'Court or prosecutor order'),
    e('correspondence', 'Correspondence'),
    e('other', 'Other'),
  ],
  // High-risk jurisdictions for the money rules (finance.high-risk-jurisdiction): lower-case
  // ISO 3166 codes under the list they are on. [U] The FATF lists as last known: public
  // statements "High-Risk Jurisdictions subject to a Call for Action" and "Jurisdictions under
  // Increased Monitoring" of 13 February 2026 (plenary of 9–13 February 2026: Kuwait and Papua
  // New Guinea added to increased monitoring, none removed; Burkina Faso, Mozambique, Nigeria
  // and South Africa removed in October 2025). The FATF revises both lists three times a year:
  // check fatf-gafi.org and edit the list in the case file (Settings → Reference lists).
  high_risk_jurisdiction: [
    e('call-for-action', 'FATF: high-risk jurisdictions subject to a call for action', {
      source: FATF_CALL,
    }),
    ...[
      ['kp', "Democratic People's Republic of Korea"],
      ['ir', 'Iran'],
      ['mm', 'Myanmar'],
    ].map(([code, label]) =>
      e(code as string, label as string, { parent: 'call-for-action', source: FATF_CALL }),
    ),
    e('increased-monitoring', 'FATF: jurisdictions under increased monitoring', {
      source: FATF_MONITORING,
    }),
    ...[
      ['dz', 'Algeria'],
      ['ao', 'Angola'],
      ['bo', 'Bolivia'],
      ['bg', 'Bulgaria'],
      ['cm', 'Cameroon'],
      ['ci', "Côte d'Ivoire"],
      ['cd', 'Democratic Republic of the Congo'],
      ['ht', 'Haiti'],
      ['ke', 'Kenya'],
      ['kw', 'Kuwait'],
      ['la', 'Lao PDR'],
      ['lb', 'Lebanon'],
      ['mc', 'Monaco'],
      ['na', 'Namibia'],
      ['np', 'Nepal'],
      ['pg', 'Papua New Guinea'],
      ['ss', 'South Sudan'],
      ['sy', 'Syria'],
      ['ve', 'Venezuela'],
      ['vn', 'Vietnam'],
      ['vg', 'Virgin Islands (UK)'],
      ['ye', 'Yemen'],
    ].map(([code, label]) =>
      e(code as string, label as string, {
        parent: 'increased-monitoring',
        source: FATF_MONITORING,
      }),
    ),
  ],
  // Fields of expertise of the directory of experts (issue #7); a unit adds its own.
  expertise_field: [
    e('prehistoric-archaeology', 'Prehistoric archaeology'),
    e('classical-archaeology', 'Classical archaeology (Greek, Illyrian, Thracian, Roman)'),
    e('medieval-archaeology', 'Late antique and medieval archaeology'),
    e('numismatics', 'Numismatics'),
    e('epigraphy', 'Epigraphy'),
    e('icons-church-art', 'Icons and church art'),
    e('manuscripts-archives', 'Manuscripts, early printed books and archives'),
    e('paintings', 'Paintings'),
    e('sculpture', 'Sculpture'),
    e('ethnography', 'Ethnography'),
    e('arms-armour', 'Arms and armour'),
    e('ceramics', 'Ceramics'),
    e('metals-analysis', 'Metals analysis and archaeometry'),
    e('dating-laboratory', 'Laboratory dating (TL, radiocarbon)'),
    e('conservation', 'Conservation and restoration'),
    e('provenance-research', 'Provenance research'),
    e('valuation', 'Valuation and the art market'),
  ],
  // ICOM Red Lists and their categories (REFERENCE.md §3), for an expert's "Red List category
  // matched". Level 1 is the list, level 2 its category. Syria 2013 and Ukraine 2022 categories
  // as listed in the reference [V]; the Southeast Europe 2021 categories are compiled from the
  // list's scope [U]: check them against the published list and edit them here or in the case
  // file (Settings → Reference lists).
  red_list_category: [
    e('see-2021', 'ICOM Red List of Southeast European Cultural Objects at Risk (2021)', {
      source: RED_LIST_SEE,
    }),
    ...[
      ['prehistory', 'Archaeology: prehistoric objects (figurines, vessels, tools)'],
      ['antiquity', 'Archaeology: Greek, Illyrian, Thracian and Roman objects'],
      ['medieval', 'Archaeology: late antique and medieval objects'],
      ['architecture', 'Architectural elements, inscribed stones, mosaics'],
      ['coins', 'Coins and medals'],
      ['religious-art', 'Religious art: icons and liturgical objects'],
      ['manuscripts', 'Manuscripts and early printed books'],
      ['ethnography', 'Ethnographic objects: costume, jewellery, weapons'],
    ].map(([code, label]) =>
      e(`see-2021.${code as string}`, label as string, {
        parent: 'see-2021',
        source: RED_LIST_SEE,
      }),
    ),
    e('ukraine-2022', 'ICOM Emergency Red List of Cultural Objects at Risk – Ukraine (2022)', {
      source: RED_LIST_UA,
    }),
    ...[
      ['archaeology', 'Archaeology'],
      ['books-manuscripts', 'Books and manuscripts'],
      ['numismatics', 'Numismatics'],
      ['folk-art', 'Folk art'],
      ['religious-art', 'Religious art'],
      ['applied-art', 'Applied art'],
      ['fine-art', 'Fine art'],
    ].map(([code, label]) =>
      e(`ukraine-2022.${code as string}`, label as string, {
        parent: 'ukraine-2022',
        source: RED_LIST_UA,
      }),
    ),
    e('syria-2013', 'ICOM Emergency Red List of Syrian Cultural Objects at Risk (2013)', {
      source: RED_LIST_SY,
    }),
    ...[
      ['writing', 'Writing (tablets, manuscripts)'],
      ['sculpture', 'Figural sculpture'],
      ['vessels', 'Vessels'],
      ['architecture', 'Architectural elements, mosaics'],
      ['jewellery', 'Accessories and jewellery'],
      ['seals', 'Stamps and cylinder seals'],
      ['coins', 'Tesserae and coins'],
    ].map(([code, label]) =>
      e(`syria-2013.${code as string}`, label as string, {
        parent: 'syria-2013',
        source: RED_LIST_SY,
      }),
    ),
  ],
  // Countries whose heritage is at acute risk from armed conflict or control by armed groups, for
  // the object rule "origin in a conflict-affected country" (indicator A6, REFERENCE §2.1: "e.g.
  // Syria, Iraq, Libya, Yemen, Sahel, Ukraine"). Lower-case ISO 3166 codes. [U] A judgement, not
  // an official list: the unit keeps it current (Settings → Reference lists).
  conflict_country: [
    ['sy', 'Syria'],
    ['iq', 'Iraq'],
    ['ly', 'Libya'],
    ['ye', 'Yemen'],
    ['af', 'Afghanistan'],
    ['ua', 'Ukraine'],
    ['ml', 'Mali'],
    ['bf', 'Burkina Faso'],
    ['ne', 'Niger'],
    ['sd', 'Sudan'],
    ['so', 'Somalia'],
    ['mm', 'Myanmar'],
  ].map(([code, label]) =>
    e(code as string, label as string, { source: 'REFERENCE.md §2.1 A6 [U]' }),
  ),
};

/** UNESCO 1970 Convention, Art. 1 (a)–(k); reproduced in EU 2019/880 Annex Part A. */
export const UNESCO_1970_CATEGORIES = [
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
] as const;
/** EU Regulation 2019/880, Annex: Part A (introduction prohibited if illicitly exported),
 * Part B (import licence), Part C (importer statement). */
export const EU_2019_880_PARTS = ['A', 'B', 'C'] as const;
