import type { DossierSection } from '../../../../../shared/domain/report';
import { h1, handlingNote, type Node } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';
import type { ReportWording } from '../../engine/print-wording';
import { analysisContent } from './analysis-doc';
import {
  auditContent,
  documentsContent,
  objectsContent,
  partiesContent,
  seizuresContent,
  summaryContent,
} from './core-print';
import type { DossierBody } from './core-types';

type OwnSection = Exclude<DossierSection, 'provenance' | 'finance' | 'opinions' | 'indicators'>;

/**
 * The prosecution dossier (pure): cover, contents, then the chosen sections in DOSSIER_SECTIONS
 * order, each from a new page (but the first) under its h1 and the case's handling code.
 */
export const buildDossier: ReportBuilder<DossierBody> = (model, w) => {
  const { body, meta, images } = model;
  const handling = handlingNote(
    w.both((t) => t.frame.sectionHandling, {
      code: w.joined((l) => w.enumLabel(l, 'handlingCode', meta.handlingCode)),
    }),
  );
  const content: Node[] = [];
  const headings: string[] = [];

  const own = (section: OwnSection): { content: Node[]; headings: string[] } | null => {
    switch (section) {
      case 'summary':
        return body.summary
          ? { content: summaryContent(body.summary, meta, w), headings: [] }
          : null;
      case 'parties':
        return body.parties ? { content: partiesContent(body.parties, w), headings: [] } : null;
      case 'seizures':
        return body.seizures ? seizuresContent(body.seizures, w) : null;
      case 'objects':
        return body.objects ? objectsContent(body.objects, images, w) : null;
      case 'documents':
        return body.documents
          ? { content: documentsContent(body.documents, w), headings: [] }
          : null;
      case 'audit':
        return body.audit ? { content: auditContent(body.audit, meta, w), headings: [] } : null;
    }
  };

  for (const section of body.sections) {
    const first = content.length === 0;
    if (
      section === 'provenance' ||
      section === 'finance' ||
      section === 'opinions' ||
      section === 'indicators'
    ) {
      const a = analysisContent(section, body.analysis, images, w);
      if (a.content.length === 0) continue;
      content.push(...normalised(a.content, first, handling));
      headings.push(...a.headings);
      continue;
    }
    const part = own(section);
    if (part === null) continue;
    const title = sectionTitle(section, w);
    content.push(h1(title, { pageBreak: !first }), handling, ...part.content);
    headings.push(title, ...part.headings);
  }

  return {
    content,
    headings,
    cover: true,
    toc: true,
    title: w.both((t) => t.kind.dossier),
  };
};

function sectionTitle(section: OwnSection, w: ReportWording): string {
  return w.both((t) => t.dossier.sections[section]);
}

/**
 * An analytical section as the dossier prints every section: its h1 from a new page unless it
 * comes first, then the dossier's handling note (in place of the section's own, if it has one).
 */
function normalised(content: Node[], first: boolean, handling: Node): Node[] {
  const [head, ...rest] = content;
  const { pageBreak: _pb, ...plain } = head!;
  const top: Node = first ? plain : { ...plain, pageBreak: 'before' };
  const body = rest[0]?.['style'] === 'handling' ? rest.slice(1) : rest;
  return [top, handling, ...body];
}
