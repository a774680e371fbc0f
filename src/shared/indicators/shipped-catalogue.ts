import type { CatalogueFile } from '../domain/indicator';

/**
 * The indicator catalogue Custodia ships (version 1 of every case file), compiled from
 * REFERENCE.md §2.1 (themes A–F; sources: FATF 2023 [M], RAM/Basel [R], UNESCO/ICOM/INTERPOL [U],
 * customs practice/WCO [C], EU study/Europol [E]). The regional "Common List of Indicators" is not
 * public: a unit loads it as a new version (Indicators → Import), which keeps this one for the
 * observations made under it.
 *
 * Weights (1 weak … 5 strong) are Custodia's judgement of how much one observation says on its
 * own: 5 for near-conclusive signs (A4 a stolen-database hit or erased inventory marks, B3 forged
 * or inconsistent documents, D5 links to organised crime or armed groups); 4 for strong physical,
 * documentary or customs signs of looting or smuggling; 3 for signs that need corroboration; 2
 * for common, vague or behavioural ones (B2 formulaic provenance, C4 unusual price, D1 reluctance).
 * Sources: [M] marks items reconstructed from secondary summaries and practice. The order of the
 * list is the order (position) of the shipped version.
 */
export const SHIPPED_CATALOGUE: CatalogueFile = {
  format: 'custodia-indicators',
  version: 1,
  name: 'Custodia compiled catalogue (REFERENCE §2.1)',
  source: 'Compiled from FATF 2023, RAM/Basel, UNESCO/ICOM/INTERPOL, WCO and EU sources',
  indicators: [
    {
      code: 'A1',
      theme: 'object',
      text: 'Object matches a category on an ICOM Red List (country or region at risk).',
      source: 'UNESCO/ICOM/INTERPOL',
      weight: 3, // resemblance only: Red Lists are not lists of stolen objects
      appliesTo: ['object'],
    },
    {
      code: 'A2',
      theme: 'object',
      text: 'Fresh excavation traces: soil, sand or concretions, salt or root marks, unconserved corrosion, recently broken edges, missing patina in the breaks.',
      source: 'WCO / customs practice; UNESCO/ICOM/INTERPOL',
      weight: 4, // physical sign of recent looting
      appliesTo: ['object'],
    },
    {
      code: 'A3',
      theme: 'object',
      text: 'Object broken or cut up to fit luggage or parcels, or a fragment of a larger monument (mosaic panels, frescoes, capitals, reliefs).',
      source: 'WCO / customs practice',
      weight: 4,
      appliesTo: ['object', 'shipment'],
    },
    {
      code: 'A4',
      theme: 'object',
      text: "Object appears in INTERPOL's Stolen Works of Art database, a national stolen-art database or the Art Loss Register, or a museum or church inventory mark, accession number, seal or label has been removed, erased or over-painted.",
      source: 'UNESCO/ICOM/INTERPOL',
      weight: 5, // a stolen-database hit is near-conclusive
      appliesTo: ['object'],
    },
    {
      code: 'A5',
      theme: 'object',
      text: 'Numerous similar items in one lot (a hoard-like group of coins, lamps, fibulae, arrowheads), indicative of metal-detecting or site looting.',
      source: 'WCO / customs practice; EU study / Europol',
      weight: 3,
      appliesTo: ['object', 'shipment', 'listing'],
    },
    {
      code: 'A6',
      theme: 'object',
      text: 'Object from a country or region affected by armed conflict or controlled by terrorist groups (e.g. Syria, Iraq, Libya, Yemen, Sahel, Ukraine).',
      source: 'FATF 2023 [M]',
      weight: 4, // terrorist-financing risk
      appliesTo: ['object'],
    },
    {
      code: 'A7',
      theme: 'object',
      text: 'Object described as a replica, souvenir, decorative item or handicraft but showing signs of authenticity; or an alleged antiquity that is a fake used in fraud.',
      source: 'WCO / customs practice; EU study / Europol',
      weight: 3,
      appliesTo: ['object', 'document', 'shipment', 'listing'],
    },
    {
      code: 'A8',
      theme: 'object',
      text: 'Restoration or alteration that conceals identifying features (re-painting, re-framing, re-lining, removal of inscriptions).',
      source: 'Compiled from practice [M]',
      weight: 3,
      appliesTo: ['object'],
    },
    {
      code: 'B1',
      theme: 'documents',
      text: 'No provenance, or provenance that begins after 1970 (UNESCO) or after 24 April 1972 (Regulation (EU) 2019/880), with no export licence from the source country.',
      source: 'FATF 2023 [M]; RAM/Basel',
      weight: 4,
      appliesTo: ['object', 'document'],
    },
    {
      code: 'B2',
      theme: 'documents',
      text: 'Vague or formulaic provenance ("old family collection", "European private collection", "acquired in the 1960s"), a deceased or unnamed owner, unverifiable.',
      source: 'FATF 2023 [M]; RAM/Basel',
      weight: 2, // very common and weak on its own
      appliesTo: ['object', 'document'],
    },
    {
      code: 'B3',
      theme: 'documents',
      text: 'Documents inconsistent with the object (description, dimensions or photos do not match), altered, back-dated, photocopies only, or issued by a country that is not the country of origin.',
      source: 'RAM/Basel; FATF 2023 [M]',
      weight: 5, // forged or inconsistent papers
      appliesTo: ['document', 'object'],
    },
    {
      code: 'B4',
      theme: 'documents',
      text: 'Export licence or certificate from a transit country only; invoice from a dealer in a free zone; export permit for "modern" goods.',
      source: 'WCO / customs practice',
      weight: 4,
      appliesTo: ['document', 'shipment'],
    },
    {
      code: 'B5',
      theme: 'documents',
      text: 'Expert opinion or certificate of authenticity from unknown or non-independent experts; valuation inconsistent with the market.',
      source: 'RAM/Basel',
      weight: 2,
      appliesTo: ['document', 'object'],
    },
    {
      code: 'B6',
      theme: 'documents',
      text: 'Provenance gap during a high-risk period (1933–1945, conflict periods, Syria or Iraq after 2011).',
      source: 'Compiled from practice [M]',
      weight: 3,
      appliesTo: ['object', 'document'],
    },
    {
      code: 'B7',
      theme: 'documents',
      text: 'Seller refuses to let the buyer contact previous owners or see the original documents.',
      source: 'RAM/Basel',
      weight: 3,
      appliesTo: ['party', 'document'],
    },
    {
      code: 'C1',
      theme: 'transaction',
      text: 'Payment in cash (in the EU above the AML directive thresholds), in instalments just below thresholds, or in virtual assets.',
      source: 'FATF 2023 [M]; RAM/Basel',
      weight: 3,
      appliesTo: ['payment'],
    },
    {
      code: 'C2',
      theme: 'transaction',
      text: 'Payment by or to a third party not party to the sale, or from or to high-risk or secrecy jurisdictions.',
      source: 'RAM/Basel; FATF 2023 [M]',
      weight: 3,
      appliesTo: ['payment', 'party'],
    },
    {
      code: 'C3',
      theme: 'transaction',
      text: 'Buyer or seller is a shell company, trust, foundation or nominee; the beneficial owner is unclear.',
      source: 'FATF 2023 [M]; RAM/Basel',
      weight: 4,
      appliesTo: ['party', 'payment'],
    },
    {
      code: 'C4',
      theme: 'transaction',
      text: 'Price significantly above or below market value; over- or under-valuation; unusual mark-ups on rapid resale; buyer indifferent to price or condition.',
      source: 'FATF 2023 [M]',
      weight: 2, // prices in this market vary widely
      appliesTo: ['payment', 'object'],
    },
    {
      code: 'C5',
      theme: 'transaction',
      text: 'Back-to-back or circular sales between related parties; the same object repeatedly sold at auction; a sale cancelled and refunded to a different account.',
      source: 'FATF 2023 [M]',
      weight: 4,
      appliesTo: ['payment', 'party', 'object'],
    },
    {
      code: 'C6',
      theme: 'transaction',
      text: 'Art used as collateral for loans; financing from unknown lenders; object stored long-term in a freeport or bonded warehouse, its ownership changing without physical movement.',
      source: 'FATF 2023 [M]',
      weight: 3,
      appliesTo: ['payment', 'object', 'party'],
    },
    {
      code: 'C7',
      theme: 'transaction',
      text: "Transaction inconsistent with the customer's known profile or financial situation; involvement of a politically exposed or sanctioned person.",
      source: 'FATF 2023 [M]; RAM/Basel',
      weight: 3,
      appliesTo: ['payment', 'party'],
    },
    {
      code: 'C8',
      theme: 'transaction',
      text: 'Request for unusual confidentiality or anonymity, or to alter or back-date invoices.',
      source: 'RAM/Basel',
      weight: 3,
      appliesTo: ['party', 'document', 'payment'],
    },
    {
      code: 'D1',
      theme: 'persons',
      text: 'Customer reluctant to provide identification, source of funds or wealth, or provenance information, or telling inconsistent stories.',
      source: 'RAM/Basel; FATF 2023 [M]',
      weight: 2, // behavioural, open to interpretation
      appliesTo: ['party'],
    },
    {
      code: 'D2',
      theme: 'persons',
      text: 'Person previously convicted or flagged for cultural-property, smuggling, forgery or money-laundering offences, or a known looter (e.g. a metal-detectorist without a permit).',
      source: 'EU study / Europol',
      weight: 4,
      appliesTo: ['party'],
    },
    {
      code: 'D3',
      theme: 'persons',
      text: 'Intermediaries without apparent business reason; couriers or "mules" carrying objects in personal luggage.',
      source: 'WCO / customs practice; EU study / Europol',
      weight: 3,
      appliesTo: ['party', 'shipment'],
    },
    {
      code: 'D4',
      theme: 'persons',
      text: 'Person suddenly active as a dealer with no art-market background, or a new business in a weakly regulated jurisdiction.',
      source: 'FATF 2023 [M]; GRC World Forums summary',
      weight: 2,
      appliesTo: ['party'],
    },
    {
      code: 'D5',
      theme: 'persons',
      text: 'Links between traffickers and other organised crime (drugs, arms, migrant smuggling) or armed or terrorist groups.',
      source: 'EU study / Europol; FATF 2023 [M]',
      weight: 5, // organised-crime or terrorist links
      appliesTo: ['party', 'case'],
    },
    {
      code: 'E1',
      theme: 'transport',
      text: 'Route through transit hubs unrelated to origin or destination (common transit states for cultural goods) or via free zones.',
      source: 'WCO / customs practice; FATF 2023 [M]',
      weight: 3,
      appliesTo: ['shipment', 'case'],
    },
    {
      code: 'E2',
      theme: 'transport',
      text: 'Under-declared value, wrong HS code (e.g. not declared under Chapter 97), or vague description ("stone", "old pottery", "household goods").',
      source: 'WCO / customs practice',
      weight: 3,
      appliesTo: ['shipment', 'document'],
    },
    {
      code: 'E3',
      theme: 'transport',
      text: 'Concealment (false bottoms, mixed with low-value goods or souvenirs), split consignments, postal or express parcels.',
      source: 'WCO / customs practice',
      weight: 4,
      appliesTo: ['shipment'],
    },
    {
      code: 'E4',
      theme: 'transport',
      text: 'Missing export licence (Regulation (EC) 116/2009) when leaving the EU, or missing import licence or importer statement (Regulation (EU) 2019/880) when entering it.',
      source: 'Reg. (EC) 116/2009; Reg. (EU) 2019/880',
      weight: 4,
      appliesTo: ['shipment', 'document', 'object'],
    },
    {
      code: 'E5',
      theme: 'transport',
      text: 'Consignee or consignor addresses are residential, post-office boxes, or freight forwarders only.',
      source: 'WCO / customs practice',
      weight: 2,
      appliesTo: ['shipment', 'party'],
    },
    {
      code: 'F1',
      theme: 'online',
      text: 'Antiquities or coins listed on general marketplaces or social media (closed groups) without provenance; seller located in, or shipping from, a source or transit country.',
      source: 'UNESCO/ICOM/INTERPOL; EU study / Europol',
      weight: 3,
      appliesTo: ['listing', 'party'],
    },
    {
      code: 'F2',
      theme: 'online',
      text: 'Photos showing soil or in-situ context, the object photographed on the ground or at an excavation site, or metal-detector hauls.',
      source: 'EU study / Europol',
      weight: 4,
      appliesTo: ['listing', 'object'],
    },
    {
      code: 'F3',
      theme: 'online',
      text: 'Seller uses multiple accounts, pseudonyms or encrypted messengers, asks to move to private channels, or wants payment in crypto-assets or gift cards.',
      source: 'EU study / Europol',
      weight: 3,
      appliesTo: ['listing', 'party', 'payment'],
    },
    {
      code: 'F4',
      theme: 'online',
      text: 'The same object re-listed after a takedown; "price on request"; a listing removed when provenance is asked for.',
      source: 'Compiled from practice [M]',
      weight: 2,
      appliesTo: ['listing'],
    },
    {
      code: 'F5',
      theme: 'online',
      text: 'Cultural goods listed on the dark web.',
      source: 'OSCE',
      weight: 4,
      appliesTo: ['listing'],
    },
  ],
};

/** Fixed ids of the shipped version and its indicators, so every case file agrees on them. */
export const SHIPPED_VERSION_ID = '1d1ca702-0000-4000-8000-000000000000';
export function shippedIndicatorId(index: number): string {
  return `1d1ca702-0000-4000-8000-${(index + 1).toString(16).padStart(12, '0')}`;
}
/** The edition date of the shipped catalogue, recorded as its version's creation time. */
export const SHIPPED_AT = '2026-11-28T00:00:00.000Z';
