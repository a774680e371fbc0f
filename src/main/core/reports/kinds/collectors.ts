import type { ReportKind } from '../../../../shared/domain/report';
import { CaseFileError, CaseFileErrorCode } from '../../support/errors';
import type { ReportCollector } from './collect-context';
import { collectCustody } from './custody/collect';
import { collectDossier } from './dossier/collect';
import { collectInterpol } from './interpol/collect';
import { collectMla } from './mla/collect';
import { collectReturn } from './return/collect';
import { collectSeizureReceipt } from './seizure-receipt/collect';

/** Each kind's collector (reads the case file; runs in the calling thread). */
export const COLLECTORS: Record<ReportKind, ReportCollector> = {
  dossier: collectDossier as ReportCollector,
  mla: collectMla as ReportCollector,
  return: collectReturn as ReportCollector,
  interpol: collectInterpol as ReportCollector,
  custody: collectCustody as ReportCollector,
  'seizure-receipt': collectSeizureReceipt as ReportCollector,
  'expert-letter': () => {
    throw new CaseFileError(
      CaseFileErrorCode.NotAllowed,
      "An expert's request letter is generated from its consultation (the case's Experts tab).",
    );
  },
};
