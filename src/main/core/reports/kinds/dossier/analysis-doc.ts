import type { Node } from '../../engine/blocks';
import type { ReportImage } from '../../engine/model';
import type { ReportWording } from '../../engine/print-wording';
import type { AnalysisSection, DossierAnalysis } from './analysis';

/**
 * The dossier's analytical sections (pure, print side). Each returns its content (starting with
 * its h1) and the headings it printed. STUB (issue #9 foundation; owner: the analysis helper).
 */
export function analysisContent(
  section: AnalysisSection,
  _analysis: DossierAnalysis,
  _images: Record<string, ReportImage>,
  w: ReportWording,
): { content: Node[]; headings: string[] } {
  const title = `${w.one((t) => t.kind.dossier)} · ${section}`;
  return { content: [{ text: title, style: 'h1', tocItem: true }], headings: [title] };
}
