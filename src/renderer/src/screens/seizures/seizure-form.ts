import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { Money } from '../../../../shared/domain/common';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type {
  PartyRef,
  SeizureFieldsInput,
  SeizureRecord,
  TRANSPORT_DOCUMENT_KINDS,
  TRANSPORT_MODES,
} from '../../../../shared/domain/seizure';
import { localIsoDateTime } from '../../components/data/dates';

export type TransportMode = (typeof TRANSPORT_MODES)[number];
export type TransportDocumentKind = (typeof TRANSPORT_DOCUMENT_KINDS)[number];

/** A person or organisation on the form: a party of the case file (shown by name), or a name. */
export interface PartyRefValue {
  partyId: string | null;
  name: string;
  /** The picked party, for the picker's label; not sent. */
  picked: PartySummary | null;
}
export interface MoneyValue {
  amount: string;
  currency: string | null;
}
export interface RouteLegRow {
  key: string;
  from: string;
  to: string;
  mode: TransportMode;
  departedOn: string;
  arrivedOn: string;
}
export interface TransportDocumentRow {
  key: string;
  kind: TransportDocumentKind;
  number: string;
}

/**
 * What the seizure form edits. Names and nesting are those of SeizureFields, so main's issue paths
 * (`shipment.routeLegs.1.from`, `place.lat`) land on their inputs; the optional shipment and
 * customs declaration are switched on with `hasShipment` / `hasDeclaration`.
 */
export interface SeizureFormValues {
  reference: string;
  seizedAt: string;
  place: { address: string; country: string | null; lat: string; lon: string };
  legalBasis: string;
  legalBasisReference: string;
  authority: string;
  officers: string[];
  witnesses: string[];
  holderPresent: boolean;
  holder: PartyRefValue;
  sealNumbers: string[];
  receiptIssued: boolean;
  receiptNumber: string;
  notes: string;
  hasShipment: boolean;
  shipment: {
    consignor: PartyRefValue;
    consignee: PartyRefValue;
    carrier: string;
    routeLegs: RouteLegRow[];
    transportDocuments: TransportDocumentRow[];
    borderCrossingPoint: string;
    hasDeclaration: boolean;
    declaration: {
      number: string;
      hsCode: string;
      declaredDescription: string;
      declaredOrigin: string;
      declaredValue: MoneyValue;
      assessedValue: MoneyValue;
    };
  };
}

export type SeizureForm = UseFormReturnType<SeizureFormValues>;

/** `getInputProps` with a test id named after the field's path. */
export function inputOf(form: SeizureForm, path: string) {
  return { ...form.getInputProps(path), 'data-testid': `seizure-form-${path}` };
}

const noRef = (): PartyRefValue => ({ partyId: null, name: '', picked: null });
const noMoney = (): MoneyValue => ({ amount: '', currency: 'EUR' });

export const newRouteLeg = (): RouteLegRow => ({
  key: randomId(),
  from: '',
  to: '',
  mode: 'road',
  departedOn: '',
  arrivedOn: '',
});
export const newTransportDocument = (): TransportDocumentRow => ({
  key: randomId(),
  kind: 'cmr',
  number: '',
});

export function newSeizureValues(): SeizureFormValues {
  return {
    reference: '',
    seizedAt: localIsoDateTime(),
    place: { address: '', country: null, lat: '', lon: '' },
    legalBasis: '',
    legalBasisReference: '',
    authority: '',
    officers: [],
    witnesses: [],
    holderPresent: false,
    holder: noRef(),
    sealNumbers: [],
    receiptIssued: false,
    receiptNumber: '',
    notes: '',
    hasShipment: false,
    shipment: {
      consignor: noRef(),
      consignee: noRef(),
      carrier: '',
      routeLegs: [],
      transportDocuments: [],
      borderCrossingPoint: '',
      hasDeclaration: false,
      declaration: {
        number: '',
        hsCode: '',
        declaredDescription: '',
        declaredOrigin: '',
        declaredValue: noMoney(),
        assessedValue: noMoney(),
      },
    },
  };
}

const refValue = (ref: PartyRef, parties: ReadonlyMap<string, PartySummary>): PartyRefValue => ({
  partyId: ref.partyId,
  name: ref.name,
  picked: ref.partyId ? (parties.get(ref.partyId) ?? null) : null,
});
const moneyValue = (m: Money | null): MoneyValue =>
  m ? { amount: m.amount, currency: m.currency } : noMoney();
const coordinate = (n: number | null) => (n === null ? '' : String(n));

/** The form's values for a stored seizure; `parties` names the parties it refers to. */
export function seizureValues(
  r: SeizureRecord,
  parties: ReadonlyMap<string, PartySummary>,
): SeizureFormValues {
  const base = newSeizureValues();
  const s = r.shipment;
  const d = s?.declaration ?? null;
  return {
    reference: r.reference,
    seizedAt: r.seizedAt,
    place: {
      address: r.place.address,
      country: r.place.country,
      lat: coordinate(r.place.lat),
      lon: coordinate(r.place.lon),
    },
    legalBasis: r.legalBasis,
    legalBasisReference: r.legalBasisReference,
    authority: r.authority,
    officers: [...r.officers],
    witnesses: [...r.witnesses],
    holderPresent: r.holderPresent,
    holder: refValue(r.holder, parties),
    sealNumbers: [...r.sealNumbers],
    receiptIssued: r.receiptIssued,
    receiptNumber: r.receiptNumber,
    notes: r.notes,
    hasShipment: s !== null,
    shipment: s
      ? {
          consignor: refValue(s.consignor, parties),
          consignee: refValue(s.consignee, parties),
          carrier: s.carrier,
          routeLegs: s.routeLegs.map((l) => ({
            ...l,
            key: randomId(),
            departedOn: l.departedOn ?? '',
            arrivedOn: l.arrivedOn ?? '',
          })),
          transportDocuments: s.transportDocuments.map((doc) => ({ ...doc, key: randomId() })),
          borderCrossingPoint: s.borderCrossingPoint,
          hasDeclaration: d !== null,
          declaration: d
            ? {
                number: d.number,
                hsCode: d.hsCode,
                declaredDescription: d.declaredDescription,
                declaredOrigin: d.declaredOrigin,
                declaredValue: moneyValue(d.declaredValue),
                assessedValue: moneyValue(d.assessedValue),
              }
            : base.shipment.declaration,
        }
      : base.shipment,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const ref = (v: PartyRefValue): PartyRef => ({ partyId: v.partyId, name: v.name });
/** Decimal commas are common here ("1250,50"); main expects a point. */
const number = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace(',', '.')));
/** An amount as sent: none when no amount was typed. */
export const moneyOf = (m: MoneyValue): Money | null =>
  m.amount.trim() === ''
    ? null
    : { amount: m.amount.trim().replace(',', '.'), currency: m.currency ?? '' };

/** The fields as main expects them; main trims, checks and explains. */
export function seizureFields(v: SeizureFormValues): SeizureFieldsInput {
  const s = v.shipment;
  const d = s.declaration;
  return {
    reference: v.reference,
    seizedAt: v.seizedAt,
    place: {
      address: v.place.address,
      country: v.place.country,
      lat: number(v.place.lat),
      lon: number(v.place.lon),
    },
    legalBasis: v.legalBasis,
    legalBasisReference: v.legalBasisReference,
    authority: v.authority,
    officers: v.officers,
    witnesses: v.witnesses,
    holderPresent: v.holderPresent,
    holder: ref(v.holder),
    sealNumbers: v.sealNumbers,
    receiptIssued: v.receiptIssued,
    receiptNumber: v.receiptIssued ? v.receiptNumber : '',
    notes: v.notes,
    shipment: v.hasShipment
      ? {
          consignor: ref(s.consignor),
          consignee: ref(s.consignee),
          carrier: s.carrier,
          routeLegs: s.routeLegs.map(({ key: _key, ...l }) => ({
            ...l,
            departedOn: orNull(l.departedOn),
            arrivedOn: orNull(l.arrivedOn),
          })),
          transportDocuments: s.transportDocuments.map(({ key: _key, ...doc }) => doc),
          borderCrossingPoint: s.borderCrossingPoint,
          declaration: s.hasDeclaration
            ? {
                number: d.number,
                hsCode: d.hsCode,
                declaredDescription: d.declaredDescription,
                declaredOrigin: d.declaredOrigin,
                declaredValue: moneyOf(d.declaredValue),
                assessedValue: moneyOf(d.assessedValue),
              }
            : null,
        }
      : null,
  };
}

/** The party ids a seizure names (holder, consignor, consignee). */
export function referencedParties(r: SeizureRecord): string[] {
  const refs = [r.holder, r.shipment?.consignor, r.shipment?.consignee];
  return [...new Set(refs.flatMap((x) => (x?.partyId ? [x.partyId] : [])))];
}
