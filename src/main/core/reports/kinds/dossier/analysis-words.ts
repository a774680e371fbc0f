import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import type { PartyRef } from '../../../../../shared/domain/seizure';
import { aamSegments, aamText, aamWordsFrom } from '../../../../../shared/provenance/aam';
import aamEn from '../../../../../shared/i18n/features/aam/en.json';
import aamSrCyrl from '../../../../../shared/i18n/features/aam/sr-Cyrl.json';
import aamSrLatn from '../../../../../shared/i18n/features/aam/sr-Latn.json';
import aamHr from '../../../../../shared/i18n/features/aam/hr.json';
import aamBs from '../../../../../shared/i18n/features/aam/bs.json';
import aamMk from '../../../../../shared/i18n/features/aam/mk.json';
import aamSl from '../../../../../shared/i18n/features/aam/sl.json';
import aamSq from '../../../../../shared/i18n/features/aam/sq.json';
import findingsEn from '../../../../../shared/i18n/features/findings/en.json';
import findingsSrCyrl from '../../../../../shared/i18n/features/findings/sr-Cyrl.json';
import findingsSrLatn from '../../../../../shared/i18n/features/findings/sr-Latn.json';
import findingsHr from '../../../../../shared/i18n/features/findings/hr.json';
import findingsBs from '../../../../../shared/i18n/features/findings/bs.json';
import findingsMk from '../../../../../shared/i18n/features/findings/mk.json';
import findingsSl from '../../../../../shared/i18n/features/findings/sl.json';
import findingsSq from '../../../../../shared/i18n/features/findings/sq.json';
import linkChartEn from '../../../../../shared/i18n/features/linkChart/en.json';
import linkChartSrCyrl from '../../../../../shared/i18n/features/linkChart/sr-Cyrl.json';
import linkChartSrLatn from '../../../../../shared/i18n/features/linkChart/sr-Latn.json';
import linkChartHr from '../../../../../shared/i18n/features/linkChart/hr.json';
import linkChartBs from '../../../../../shared/i18n/features/linkChart/bs.json';
import linkChartMk from '../../../../../shared/i18n/features/linkChart/mk.json';
import linkChartSl from '../../../../../shared/i18n/features/linkChart/sl.json';
import linkChartSq from '../../../../../shared/i18n/features/linkChart/sq.json';
import moneyEn from '../../../../../shared/i18n/features/money/en.json';
import moneySrCyrl from '../../../../../shared/i18n/features/money/sr-Cyrl.json';
import moneySrLatn from '../../../../../shared/i18n/features/money/sr-Latn.json';
import moneyHr from '../../../../../shared/i18n/features/money/hr.json';
import moneyBs from '../../../../../shared/i18n/features/money/bs.json';
import moneyMk from '../../../../../shared/i18n/features/money/mk.json';
import moneySl from '../../../../../shared/i18n/features/money/sl.json';
import moneySq from '../../../../../shared/i18n/features/money/sq.json';
import observationsEn from '../../../../../shared/i18n/features/observations/en.json';
import observationsSrCyrl from '../../../../../shared/i18n/features/observations/sr-Cyrl.json';
import observationsSrLatn from '../../../../../shared/i18n/features/observations/sr-Latn.json';
import observationsHr from '../../../../../shared/i18n/features/observations/hr.json';
import observationsBs from '../../../../../shared/i18n/features/observations/bs.json';
import observationsMk from '../../../../../shared/i18n/features/observations/mk.json';
import observationsSl from '../../../../../shared/i18n/features/observations/sl.json';
import observationsSq from '../../../../../shared/i18n/features/observations/sq.json';
import opinionsEn from '../../../../../shared/i18n/features/opinions/en.json';
import opinionsSrCyrl from '../../../../../shared/i18n/features/opinions/sr-Cyrl.json';
import opinionsSrLatn from '../../../../../shared/i18n/features/opinions/sr-Latn.json';
import opinionsHr from '../../../../../shared/i18n/features/opinions/hr.json';
import opinionsBs from '../../../../../shared/i18n/features/opinions/bs.json';
import opinionsMk from '../../../../../shared/i18n/features/opinions/mk.json';
import opinionsSl from '../../../../../shared/i18n/features/opinions/sl.json';
import opinionsSq from '../../../../../shared/i18n/features/opinions/sq.json';
import provenanceEn from '../../../../../shared/i18n/features/provenance/en.json';
import provenanceSrCyrl from '../../../../../shared/i18n/features/provenance/sr-Cyrl.json';
import provenanceSrLatn from '../../../../../shared/i18n/features/provenance/sr-Latn.json';
import provenanceHr from '../../../../../shared/i18n/features/provenance/hr.json';
import provenanceBs from '../../../../../shared/i18n/features/provenance/bs.json';
import provenanceMk from '../../../../../shared/i18n/features/provenance/mk.json';
import provenanceSl from '../../../../../shared/i18n/features/provenance/sl.json';
import provenanceSq from '../../../../../shared/i18n/features/provenance/sq.json';
import rulesEn from '../../../../../shared/i18n/features/rules/en.json';
import rulesSrCyrl from '../../../../../shared/i18n/features/rules/sr-Cyrl.json';
import rulesSrLatn from '../../../../../shared/i18n/features/rules/sr-Latn.json';
import rulesHr from '../../../../../shared/i18n/features/rules/hr.json';
import rulesBs from '../../../../../shared/i18n/features/rules/bs.json';
import rulesMk from '../../../../../shared/i18n/features/rules/mk.json';
import rulesSl from '../../../../../shared/i18n/features/rules/sl.json';
import rulesSq from '../../../../../shared/i18n/features/rules/sq.json';
import type { Language } from '../../../../../shared/ipc/schemas';

const AAM: Record<Language, typeof aamEn> = {
  en: aamEn,
  'sr-Cyrl': aamSrCyrl,
  'sr-Latn': aamSrLatn,
  hr: aamHr,
  bs: aamBs,
  mk: aamMk,
  sl: aamSl,
  sq: aamSq,
};
const FINDINGS: Record<Language, typeof findingsEn> = {
  en: findingsEn,
  'sr-Cyrl': findingsSrCyrl,
  'sr-Latn': findingsSrLatn,
  hr: findingsHr,
  bs: findingsBs,
  mk: findingsMk,
  sl: findingsSl,
  sq: findingsSq,
};
const LINKCHART: Record<Language, typeof linkChartEn> = {
  en: linkChartEn,
  'sr-Cyrl': linkChartSrCyrl,
  'sr-Latn': linkChartSrLatn,
  hr: linkChartHr,
  bs: linkChartBs,
  mk: linkChartMk,
  sl: linkChartSl,
  sq: linkChartSq,
};
const MONEY: Record<Language, typeof moneyEn> = {
  en: moneyEn,
  'sr-Cyrl': moneySrCyrl,
  'sr-Latn': moneySrLatn,
  hr: moneyHr,
  bs: moneyBs,
  mk: moneyMk,
  sl: moneySl,
  sq: moneySq,
};
const OBSERVATIONS: Record<Language, typeof observationsEn> = {
  en: observationsEn,
  'sr-Cyrl': observationsSrCyrl,
  'sr-Latn': observationsSrLatn,
  hr: observationsHr,
  bs: observationsBs,
  mk: observationsMk,
  sl: observationsSl,
  sq: observationsSq,
};
const OPINIONS: Record<Language, typeof opinionsEn> = {
  en: opinionsEn,
  'sr-Cyrl': opinionsSrCyrl,
  'sr-Latn': opinionsSrLatn,
  hr: opinionsHr,
  bs: opinionsBs,
  mk: opinionsMk,
  sl: opinionsSl,
  sq: opinionsSq,
};
const PROVENANCE: Record<Language, typeof provenanceEn> = {
  en: provenanceEn,
  'sr-Cyrl': provenanceSrCyrl,
  'sr-Latn': provenanceSrLatn,
  hr: provenanceHr,
  bs: provenanceBs,
  mk: provenanceMk,
  sl: provenanceSl,
  sq: provenanceSq,
};
const RULES: Record<Language, typeof rulesEn> = {
  en: rulesEn,
  'sr-Cyrl': rulesSrCyrl,
  'sr-Latn': rulesSrLatn,
  hr: rulesHr,
  bs: rulesBs,
  mk: rulesMk,
  sl: rulesSl,
  sq: rulesSq,
};
import { fill, LOCALE } from '../../engine/wording';
import type { ReportWording } from '../../engine/print-wording';
import { WITHHELD, type FindingItem, type PrintName } from './analysis-types';

/**
 * The words of the dossier's analytical sections beyond the `reportPrint` feature (print side,
 * pure): the interface's own wording of provenance event types, certainty, payment methods, link
 * types, finding severities and rules, opinion aspects and the risk formula, so that the printed
 * dossier says what the screens say, in every language. Short labels come in each of the report's
 * languages ("Sale / Продаја"); sentences (the AAM line, a finding's explanation) in the first.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

function lookup(tree: unknown, path: string): string | undefined {
  const found = path
    .split('.')
    .reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[step], tree);
  return typeof found === 'string' ? found : undefined;
}

/** ruleId "provenance.gap-1970" → its group and key in the `rules` feature. */
function ruleNode(l: Language, ruleId: string): Record<string, string> | undefined {
  const dot = ruleId.indexOf('.');
  const group = (RULES[l] as unknown as Record<string, Record<string, Record<string, string>>>)[
    ruleId.slice(0, dot)
  ];
  return group?.[ruleId.slice(dot + 1)];
}

export class AnalysisWords {
  constructor(readonly w: ReportWording) {}

  private joined<T>(texts: Record<Language, T>, path: string, fallback: string): string {
    return this.w.joined((l) => lookup(texts[l], path) ?? fallback);
  }

  /** "withheld", in the report's languages. */
  get withheld(): string {
    return this.w.both((t) => t.analysis.withheld);
  }

  /** A printable name: the name (any WITHHELD marker inside worded), or "withheld". */
  name(n: PrintName): string {
    return n === null ? this.withheld : this.unmask(n);
  }

  unmask(text: string): string {
    return text.split(WITHHELD).join(this.withheld);
  }

  eventType(type: string): string {
    return this.joined(PROVENANCE, `eventTypes.${type}`, type);
  }

  certainty(c: string): string {
    return this.joined(PROVENANCE, `certainty.${c}`, c);
  }

  paymentMethod(m: string): string {
    return this.joined(MONEY, `methods.${m}`, m);
  }

  linkType(type: string): string {
    return this.joined(LINKCHART, `types.${type}`, type);
  }

  nodeKind(kind: string): string {
    return this.joined(LINKCHART, `kinds.${kind}`, kind);
  }

  severity(s: string): string {
    return this.joined(FINDINGS, `severity.${s}`, s);
  }

  aspect(a: string): string {
    return this.joined(OPINIONS, `aspect.${a}`, a);
  }

  aspectState(s: string): string {
    return this.joined(OPINIONS, `summary.state.${s}`, s);
  }

  /** The risk formula in words with its factors (first language). */
  formula(factors: { confirmed: number; suspected: number }): string {
    return fill(OBSERVATIONS[this.w.first].risk.formula, {
      confirmed: this.w.number(factors.confirmed),
      suspected: this.w.number(factors.suspected),
    });
  }

  /** The object's provenance line in the AAM convention, in the first language. */
  aamLine(events: readonly ProvenanceEventRecord[]): string {
    const l = this.w.first;
    const words = aamWordsFrom((key) => lookup(AAM[l], key.replace(/^aam\./, '')) ?? key);
    const partyName = (ref: PartyRef) => (ref.partyId !== null ? this.withheld : ref.name);
    return this.unmask(
      aamText(aamSegments(events, { partyName, words, locale: LOCALE[l] })).trim(),
    );
  }

  ruleTitle(f: FindingItem): string {
    return this.w.joined((l) => ruleNode(l, f.ruleId)?.['title'] ?? f.title);
  }

  /** A finding explained with its values (dates and countries worded), first language. */
  explanation(f: FindingItem): string {
    const l = this.w.first;
    const node = ruleNode(l, f.ruleId);
    const context = f.params['context'];
    const template =
      (typeof context === 'string' ? node?.[`explanation_${context}`] : undefined) ??
      node?.['explanation'];
    if (template === undefined) return this.unmask(f.message);
    const values: Record<string, string | number> = {};
    for (const [key, v] of Object.entries(f.params)) {
      if (typeof v === 'string' && ISO_DAY.test(v)) values[key] = this.w.date(v);
      // A country code, unless the rule gives its name beside it ("Syria (SY)").
      else if (
        typeof v === 'string' &&
        COUNTRY.test(v) &&
        /country/i.test(key) &&
        f.params[`${key}Name`] === undefined
      ) {
        values[key] = this.w.country(v);
      } else values[key] = v;
    }
    return this.unmask(fill(template, values));
  }
}
