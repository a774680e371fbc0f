import type { BundleText } from './useBundleText';

/** Sections of a bundle in the order a report lists them (shared/domain/bundle.ts). */
export const BUNDLE_SECTIONS = [
  'cases',
  'caseStatusChanges',
  'caseLinks',
  'journal',
  'parties',
  'caseParties',
  'seizures',
  'objects',
  'legalStatusChanges',
  'externalChecks',
  'custody',
  'photos',
  'attachments',
  'vocabulary',
] as const;

/** Counts per section as "label: n" pairs, known sections first, none of zero. */
export function sectionCounts(
  t: BundleText,
  counts: Readonly<Record<string, number>>,
): { key: string; label: string; count: number }[] {
  const known = BUNDLE_SECTIONS as readonly string[];
  const keys = [
    ...BUNDLE_SECTIONS.filter((k) => k in counts),
    ...Object.keys(counts).filter((k) => !known.includes(k)),
  ];
  return keys
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => ({
      key: k,
      label: t(`sections.${k as (typeof BUNDLE_SECTIONS)[number]}`, { defaultValue: k }),
      count: counts[k] ?? 0,
    }));
}
