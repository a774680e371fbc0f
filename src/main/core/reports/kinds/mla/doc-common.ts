import type { Authority } from '../../../../../shared/domain/intl-request';
import type { Language } from '../../../../../shared/ipc/schemas';
import { MUTED, type Node } from '../../engine/blocks';
import type { ReportMeta } from '../../engine/model';
import { headingText, label, section, sectionHeading } from '../request-blocks';
import type { RequestPick, RequestWording } from '../request-wording';

/**
 * Letter parts shared by the MLA and return requests (pure): numbered sections, the date, the
 * requested State and country names, and an authority as an address block or as field rows.
 */

/** Builds numbered sections, collecting their headings for the register. */
export class Sections {
  private n = 0;
  readonly headings: string[] = [];

  constructor(private readonly w: RequestWording) {}

  add(pick: RequestPick, blocks: Node[], keepFirst = true): Node[] {
    this.n += 1;
    this.headings.push(headingText(this.w, this.n, pick));
    return section(sectionHeading(this.w, this.n, pick), blocks, keepFirst);
  }

  get count(): number {
    return this.n;
  }
}

export const today = (meta: ReportMeta): string => meta.generatedAt.slice(0, 10);

/** A date in every language of the request ("12 March 2026 / 12. март 2026."). */
export const dateIn = (w: RequestWording, day: string): string => w.joined((l) => w.date(day, l));

/** The requested State's name in one language. */
export const stateName =
  (w: RequestWording) =>
  (code: string | null, l: Language): string =>
    code === null ? '' : w.country(code, l);

export const countryIn = (w: RequestWording, code: string | null): string =>
  code === null ? '' : w.joined((l) => w.country(code, l));

/** An authority as an address block: name (bold), person and function, address, contacts. */
export function authorityBlock(w: RequestWording, a: Authority): Node {
  const lines: Node[] = [{ text: a.name, bold: true }];
  const who = [a.person, a.function].filter((s) => s !== '').join(', ');
  if (who !== '') lines.push({ text: who });
  const where = [a.address, countryIn(w, a.country)].filter((s) => s !== '').join(', ');
  if (where !== '') lines.push({ text: where });
  const contact = [a.phone, a.email].filter((s) => s !== '').join(' · ');
  if (contact !== '') lines.push({ text: contact, color: MUTED });
  return { stack: lines };
}

/** The authority's particulars as label | value rows. */
export function authorityRows(w: RequestWording, a: Authority): Array<[Node, Node | null]> {
  const opt = (s: string) => (s.trim() === '' ? null : { text: s });
  return [
    [label(w, (t) => t.authority.name), { text: a.name, bold: true }],
    [label(w, (t) => t.authority.person), opt(a.person)],
    [label(w, (t) => t.authority.function), opt(a.function)],
    [label(w, (t) => t.authority.address), opt(a.address)],
    [
      label(w, (t) => t.authority.country),
      a.country === null ? null : { text: countryIn(w, a.country) },
    ],
    [label(w, (t) => t.authority.phone), opt(a.phone)],
    [label(w, (t) => t.authority.email), opt(a.email)],
  ];
}
