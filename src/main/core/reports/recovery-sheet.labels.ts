/** Every word printed on the recovery sheet, per language. */

export const RECOVERY_SHEET_LANGUAGES = ['en', 'sr-Cyrl'] as const;
export type RecoverySheetLanguage = (typeof RECOVERY_SHEET_LANGUAGES)[number];

export interface RecoverySheetLabels {
  /** BCP 47 locale for dates. */
  locale: string;
  /** Document title; also the PDF's Title metadata. */
  title: string;
  subtitle: string;
  caseFileId: string;
  caseFileFolder: string;
  createdAt: string;
  firstOperator: string;
  keyHeading: string;
  /** `{n}` is the group number, 1 to 8 (Custodia names a mistyped group by this number). */
  group: string;
  keyHint: string;
  instructionsHeading: string;
  instructions: readonly string[];
  sealedHeading: string;
  sealedName: string;
  signature: string;
  date: string;
  footer: string;
  /** `{page}` and `{pages}`. */
  page: string;
}

export const RECOVERY_SHEET_LABELS: Record<RecoverySheetLanguage, RecoverySheetLabels> = {
  en: {
    locale: 'en-GB',
    title: 'Custodia — recovery key',
    subtitle: 'The key that opens one case file when no passphrase does. Keep this sheet sealed.',
    caseFileId: 'Case-file ID',
    caseFileFolder: 'Case-file folder',
    createdAt: 'Created',
    firstOperator: 'First operator',
    keyHeading: 'Recovery key',
    group: 'Group {n}',
    keyHint:
      'Type the groups in this order; dashes and spaces are optional. The letters I, L, O and U ' +
      'are never used: 0 and 1 are digits.',
    instructionsHeading: 'Instructions',
    instructions: [
      "Put this sheet in an envelope, seal it and keep it in the unit's safe. Do not photograph, " +
        'scan or copy it.',
      'Anyone who has this key can open the case file and read everything in it, without a ' +
        'passphrase.',
      'The key is shown only once, when the case file is created. Custodia keeps no copy of it: ' +
        'if this sheet is lost, the key cannot be shown again.',
      'Open the envelope only to set a new passphrase when no operator can open the case file ' +
        '(in Custodia: recovery with the key; on the command line: custodia recover). Then seal ' +
        'the sheet in a new envelope.',
    ],
    sealedHeading: 'Sealed by',
    sealedName: 'Name and rank',
    signature: 'Signature',
    date: 'Date',
    footer: 'Custodia recovery sheet',
    page: 'Page {page} of {pages}',
  },
  'sr-Cyrl': {
    locale: 'sr-Cyrl-RS',
    title: 'Custodia — кључ за опоравак',
    subtitle:
      'Кључ који отвара један досије када ниједна лозинка то не може. Чувајте овај лист запечаћен.',
    caseFileId: 'ИД досијеа',
    caseFileFolder: 'Фасцикла досијеа',
    createdAt: 'Направљен',
    firstOperator: 'Први оператер',
    keyHeading: 'Кључ за опоравак',
    group: 'Група {n}',
    keyHint:
      'Укуцајте групе овим редом; цртице и размаци нису обавезни. Слова I, L, O и U се не ' +
      'користе: 0 и 1 су цифре.',
    instructionsHeading: 'Упутство',
    instructions: [
      'Ставите овај лист у коверат, запечатите га и чувајте у сефу јединице. Не фотографишите ' +
        'га, не скенирајте и не копирајте.',
      'Ко има овај кључ може да отвори досије и прочита све што је у њему, без лозинке.',
      'Кључ се приказује само једном, када се досије направи. Custodia не чува његову копију: ' +
        'ако се овај лист изгуби, кључ се више не може приказати.',
      'Коверат отворите само да бисте поставили нову лозинку када ниједан оператер не може да ' +
        'отвори досије (у апликацији Custodia: опоравак кључем; у командној линији: custodia ' +
        'recover). Затим запечатите лист у нови коверат.',
    ],
    sealedHeading: 'Запечатио/ла',
    sealedName: 'Име, презиме и чин',
    signature: 'Потпис',
    date: 'Датум',
    footer: 'Custodia — лист са кључем за опоравак',
    page: 'Страна {page} од {pages}',
  },
};
