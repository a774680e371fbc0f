import type { ReportImage } from '../../engine/model';
import type { ReportWording } from '../../engine/print-wording';
import type { Node } from '../../engine/blocks';
import { indicatorsSection, opinionsSection } from './analysis-print-experts';
import { financeSection } from './analysis-print-finance';
import { provenanceSection } from './analysis-print-provenance';
import type { AnalysisSection, DossierAnalysis } from './analysis-types';
import { AnalysisWords } from './analysis-words';

/**
 * The dossier's analytical sections (pure, print side): provenance per object (AAM line, chain
 * table, findings), the financial analysis (flows, totals, findings, link chart), expert opinions
 * with their agreements and disputes, and the indicators with the risk overview. Each returns
 * its content (starting with its h1 on a new page, then the handling note) and the headings it
 * printed (h1 and h2, for the register). A section that was not collected prints nothing.
 */
export function analysisContent(
  section: AnalysisSection,
  analysis: DossierAnalysis,
  _images: Record<string, ReportImage>,
  w: ReportWording,
): { content: Node[]; headings: string[] } {
  const printed = sectionContent(section, analysis, new AnalysisWords(w), w);
  return { content: printed.content, headings: printed.headings };
}

function sectionContent(
  section: AnalysisSection,
  analysis: DossierAnalysis,
  aw: AnalysisWords,
  w: ReportWording,
): { content: Node[]; headings: string[] } {
  const handling = analysis.handlingCode;
  switch (section) {
    case 'provenance':
      return analysis.provenance
        ? provenanceSection(analysis.provenance, handling, aw, w)
        : { content: [], headings: [] };
    case 'finance':
      return analysis.finance
        ? financeSection(analysis.finance, handling, aw, w)
        : { content: [], headings: [] };
    case 'opinions':
      return analysis.opinions
        ? opinionsSection(analysis.opinions, handling, aw, w)
        : { content: [], headings: [] };
    case 'indicators':
      return analysis.indicators
        ? indicatorsSection(analysis.indicators, handling, aw, w)
        : { content: [], headings: [] };
  }
}
