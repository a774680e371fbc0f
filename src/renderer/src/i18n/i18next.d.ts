import type en from '../../../shared/i18n/locales/en.json';
import type aam from '../../../shared/i18n/features/aam/en.json';
import type bundle from '../../../shared/i18n/features/bundle/en.json';
import type cases from '../../../shared/i18n/features/cases/en.json';
import type documents from '../../../shared/i18n/features/documents/en.json';
import type findings from '../../../shared/i18n/features/findings/en.json';
import type consultations from '../../../shared/i18n/features/consultations/en.json';
import type opinions from '../../../shared/i18n/features/opinions/en.json';
import type indicators from '../../../shared/i18n/features/indicators/en.json';
import type observations from '../../../shared/i18n/features/observations/en.json';
import type experts from '../../../shared/i18n/features/experts/en.json';
import type linkChart from '../../../shared/i18n/features/linkChart/en.json';
import type money from '../../../shared/i18n/features/money/en.json';
import type statements from '../../../shared/i18n/features/statements/en.json';
import type globalSearch from '../../../shared/i18n/features/globalSearch/en.json';
import type objects from '../../../shared/i18n/features/objects/en.json';
import type reflists from '../../../shared/i18n/features/reflists/en.json';
import type parties from '../../../shared/i18n/features/parties/en.json';
import type provenance from '../../../shared/i18n/features/provenance/en.json';
import type rules from '../../../shared/i18n/features/rules/en.json';
import type seizures from '../../../shared/i18n/features/seizures/en.json';
import type timeline from '../../../shared/i18n/features/timeline/en.json';
import type vocab from '../../../shared/i18n/features/vocab/en.json';
import type reportPrint from '../../../shared/i18n/features/reportPrint/en.json';
import type requestPrint from '../../../shared/i18n/features/requestPrint/en.json';
import type formPrint from '../../../shared/i18n/features/formPrint/en.json';
import type reports from '../../../shared/i18n/features/reports/en.json';
import type requests from '../../../shared/i18n/features/requests/en.json';

/**
 * English is the reference: a key that is not in en.json or a feature's en.json does not
 * type-check. Each feature folder (shared/i18n/features/<feature>/) is merged under its name.
 * Vocabulary labels are looked up by computed keys (shared/domain/vocab-keys.ts) through
 * lib/vocab-label.ts, the one place that steps outside these types.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en & {
        cases: typeof cases;
        objects: typeof objects;
        vocab: typeof vocab;
        parties: typeof parties;
        seizures: typeof seizures;
        globalSearch: typeof globalSearch;
        bundle: typeof bundle;
        reflists: typeof reflists;
        provenance: typeof provenance;
        documents: typeof documents;
        findings: typeof findings;
        timeline: typeof timeline;
        rules: typeof rules;
        aam: typeof aam;
        money: typeof money;
        statements: typeof statements;
        linkChart: typeof linkChart;
        experts: typeof experts;
        consultations: typeof consultations;
        opinions: typeof opinions;
        indicators: typeof indicators;
        observations: typeof observations;
        reportPrint: typeof reportPrint;
        requestPrint: typeof requestPrint;
        formPrint: typeof formPrint;
        reports: typeof reports;
        requests: typeof requests;
      };
    };
  }
}
