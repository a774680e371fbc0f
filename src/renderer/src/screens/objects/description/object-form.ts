import type { UseFormReturnType } from '@mantine/form';
import type { ObjectFieldsInput, ObjectRecord } from '../../../../../shared/domain/object';

/** A year as people write it: 500 and "BC", stored as -500 (Dating in shared/domain/object.ts). */
export interface YearValue {
  year: number | string;
  era: 'ad' | 'bc';
}

export interface MeasurementRow {
  dimension: string;
  value: number | string;
  unit: string;
}

export interface InscriptionRow {
  kind: string;
  text: string;
  position: string;
  script: string;
}

/**
 * What the description form edits: ObjectFields shaped the same way (so main's issue paths, e.g.
 * `dating.latest` or `measurements.2.unit`, name a field of the form), every value present:
 * empty text, '' for an empty number, null for no choice.
 */
export interface ObjectFormValues {
  exhibitNumber: string;
  seizureId: string | null;
  lotCount: number | string;
  typeL1: string | null;
  typeL2: string | null;
  measurements: MeasurementRow[];
  materials: string[];
  techniques: string[];
  inscriptions: InscriptionRow[];
  dating: { earliest: YearValue; latest: YearValue; text: string };
  maker: string;
  subject: string;
  title: string;
  distinguishingFeatures: string;
  description: string;
  inventoryNumber: string;
  relatedWrittenMaterial: string;
  placeOfOrigin: {
    text: string;
    country: string | null;
    lat: number | string;
    lon: number | string;
  };
  relatedObjects: { objectId: string | null; relation: string }[];
  dateDocumented: string;
  unesco1970: string[];
  eu2019880Part: string | null;
  reg116Category: string | null;
  nationalTreasure: boolean;
  countryOfOrigin: string | null;
  countryOfOriginCertainty: string;
  valuation: {
    value: { amount: string; currency: string | null };
    basis: string | null;
    valuer: string;
    on: string;
  };
  authenticity: string;
  condition: { grade: string; note: string };
}

export type ObjectForm = UseFormReturnType<ObjectFormValues>;

export function yearValue(year: number | null): YearValue {
  if (year === null) return { year: '', era: 'ad' };
  return year < 0 ? { year: -year, era: 'bc' } : { year, era: 'ad' };
}

export function yearOf(value: YearValue): number | null {
  if (value.year === '' || value.year === null) return null;
  const n = Number(value.year);
  return value.era === 'bc' ? -n : n;
}

const numberOrEmpty = (n: number | null): number | string => (n === null ? '' : n);
const numberOrNull = (v: number | string): number | null => (v === '' ? null : Number(v));

/**
 * "1 250,50", "1.250,50", "1,250.50" → "1250.50": the decimal separator is the last of '.' or ','
 * when both appear, a separator repeated groups digits, a lone ',' is a decimal comma (as in the
 * region's languages). What is left is checked by main (DecimalAmount).
 */
export function normalizeAmount(text: string): string {
  const compact = text.replace(/[\s'\u00a0\u202f]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    return compact.split(group).join('').replace(decimal, '.');
  }
  // One separator used several times groups digits ("1.250.000", "1,250,000").
  for (const mark of [',', '.']) {
    const [head = '', ...groups] = compact.split(mark);
    if (groups.length > 1) {
      return groups.every((g) => /^\d{3}$/.test(g)) ? [head, ...groups].join('') : compact;
    }
  }
  return compact.replace(',', '.');
}

export function objectValues(r: ObjectRecord): ObjectFormValues {
  return {
    exhibitNumber: r.exhibitNumber,
    seizureId: r.seizureId,
    lotCount: numberOrEmpty(r.lotCount),
    typeL1: r.typeL1,
    typeL2: r.typeL2,
    measurements: r.measurements.map((m) => ({ ...m })),
    materials: [...r.materials],
    techniques: [...r.techniques],
    inscriptions: r.inscriptions.map((i) => ({ ...i })),
    dating: {
      earliest: yearValue(r.dating.earliest),
      latest: yearValue(r.dating.latest),
      text: r.dating.text,
    },
    maker: r.maker,
    subject: r.subject,
    title: r.title,
    distinguishingFeatures: r.distinguishingFeatures,
    description: r.description,
    inventoryNumber: r.inventoryNumber,
    relatedWrittenMaterial: r.relatedWrittenMaterial,
    placeOfOrigin: {
      text: r.placeOfOrigin.text,
      country: r.placeOfOrigin.country,
      lat: numberOrEmpty(r.placeOfOrigin.lat),
      lon: numberOrEmpty(r.placeOfOrigin.lon),
    },
    relatedObjects: r.relatedObjects.map((o) => ({ ...o })),
    dateDocumented: r.dateDocumented ?? '',
    unesco1970: [...r.unesco1970],
    eu2019880Part: r.eu2019880Part,
    reg116Category: r.reg116Category,
    nationalTreasure: r.nationalTreasure,
    countryOfOrigin: r.countryOfOrigin,
    countryOfOriginCertainty: r.countryOfOriginCertainty,
    valuation: r.valuation
      ? {
          value: { ...r.valuation.value },
          basis: r.valuation.basis,
          valuer: r.valuation.valuer,
          on: r.valuation.on ?? '',
        }
      : { value: { amount: '', currency: null }, basis: null, valuer: '', on: '' },
    authenticity: r.authenticity,
    condition: { ...r.condition },
  };
}

/**
 * The fields sent to main, which checks them all (vocabularies, lot counts, related objects) and
 * answers with issues that land on the fields; the choices go as chosen, unchecked here. A
 * valuation with nothing in it is no valuation.
 */
export function objectFields(
  v: ObjectFormValues,
  lotId: string | null,
): Record<keyof ObjectFieldsInput, unknown> {
  const valuation = v.valuation;
  const noValuation =
    valuation.value.amount.trim() === '' &&
    valuation.value.currency === null &&
    valuation.basis === null &&
    valuation.valuer.trim() === '' &&
    valuation.on.trim() === '';
  return {
    exhibitNumber: v.exhibitNumber,
    seizureId: v.seizureId,
    lotCount: numberOrNull(v.lotCount),
    lotId,
    typeL1: v.typeL1 ?? '',
    typeL2: v.typeL2,
    measurements: v.measurements.map((m) => ({
      dimension: m.dimension,
      value: Number(m.value),
      unit: m.unit,
    })),
    materials: v.materials,
    techniques: v.techniques,
    inscriptions: v.inscriptions.map((i) => ({ ...i, kind: i.kind })),
    dating: {
      earliest: yearOf(v.dating.earliest),
      latest: yearOf(v.dating.latest),
      text: v.dating.text,
    },
    maker: v.maker,
    subject: v.subject,
    title: v.title,
    distinguishingFeatures: v.distinguishingFeatures,
    description: v.description,
    inventoryNumber: v.inventoryNumber,
    relatedWrittenMaterial: v.relatedWrittenMaterial,
    placeOfOrigin: {
      text: v.placeOfOrigin.text,
      country: v.placeOfOrigin.country,
      lat: numberOrNull(v.placeOfOrigin.lat),
      lon: numberOrNull(v.placeOfOrigin.lon),
    },
    relatedObjects: v.relatedObjects.map((o) => ({
      objectId: o.objectId ?? '',
      relation: o.relation,
    })),
    dateDocumented: v.dateDocumented === '' ? null : v.dateDocumented,
    unesco1970: v.unesco1970,
    eu2019880Part: v.eu2019880Part,
    reg116Category: v.reg116Category,
    nationalTreasure: v.nationalTreasure,
    countryOfOrigin: v.countryOfOrigin,
    countryOfOriginCertainty: v.countryOfOriginCertainty,
    valuation: noValuation
      ? null
      : {
          value: {
            amount: normalizeAmount(valuation.value.amount),
            currency: valuation.value.currency ?? '',
          },
          basis: valuation.basis ?? '',
          valuer: valuation.valuer,
          on: valuation.on.trim() === '' ? null : valuation.on.trim(),
        },
    authenticity: v.authenticity,
    condition: { grade: v.condition.grade, note: v.condition.note },
  };
}
