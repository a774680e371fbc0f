import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import type { ReportParams } from '../../../src/shared/domain/report';
import type { Language } from '../../../src/shared/ipc/schemas';
import { populateDemo } from '../../../src/main/core/demo';
import { caseOpinions } from '../../../src/main/core/experts/opinions';
import { resolveDisclosure } from '../../../src/main/core/reports/engine/disclosure';
import { frameDocument } from '../../../src/main/core/reports/engine/frame';
import type { ReportModel } from '../../../src/main/core/reports/engine/model';
import { ReportWording } from '../../../src/main/core/reports/engine/print-wording';
import { renderPdf } from '../../../src/main/core/reports/pdf';
import {
  collectAnalysis,
  type AnalysisSection,
  type DossierAnalysis,
} from '../../../src/main/core/reports/kinds/dossier/analysis';
import { analysisContent } from '../../../src/main/core/reports/kinds/dossier/analysis-doc';
import {
  chartOrder,
  linkChartSvg,
} from '../../../src/main/core/reports/kinds/dossier/analysis-chart';
import { AnalysisWords } from '../../../src/main/core/reports/kinds/dossier/analysis-words';
import { newCaseFile, tempDir } from '../../helpers/case-files';

const SECTIONS: AnalysisSection[] = ['provenance', 'finance', 'opinions', 'indicators'];
const TRANSIT = 'ITCG-2026-0007';

async function transitCase(): Promise<{ session: CaseFileSession; caseId: string }> {
  const { session } = await newCaseFile();
  const summary = await populateDemo(session, { photos: false });
  const found = summary.cases.find((c) => c.reference === TRANSIT);
  if (!found) throw new Error(`no case ${TRANSIT}`);
  return { session, caseId: found.id };
}

function params(caseId: string, extra: Partial<ReportParams> = {}): ReportParams {
  return {
    caseId,
    kind: 'dossier',
    language: 'en',
    secondLanguage: null,
    sections: SECTIONS,
    disclosure: { partyIds: null, objectIds: null, documentIds: null, includeProtected: null },
    requestId: null,
    objectId: null,
    seizureId: null,
    consultationId: null,
    ...extra,
  };
}

function collect(session: CaseFileSession, p: ReportParams): DossierAnalysis {
  const { body, photos } = collectAnalysis(session, p, resolveDisclosure(session.db, p), SECTIONS);
  expect(photos).toEqual([]);
  // Plain data only: it crosses into the render worker and is hashed.
  expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  return body;
}

function printAll(body: DossierAnalysis, language: Language = 'en') {
  const w = new ReportWording(language, null);
  const parts = SECTIONS.map((s) => analysisContent(s, body, {}, w));
  return {
    content: parts.flatMap((p) => p.content),
    headings: parts.flatMap((p) => p.headings),
    parts,
  };
}

const partyId = (session: CaseFileSession, name: string): string =>
  session.db.prepare('SELECT id FROM party WHERE name = ?').pluck().get(name) as string;

async function render(body: DossierAnalysis, language: Language, file: string): Promise<string> {
  const w = new ReportWording(language, null);
  const { content, headings } = printAll(body, language);
  const model: ReportModel = {
    meta: {
      reportId: 'CR-TEST-0000-0001',
      kind: 'dossier',
      language,
      secondLanguage: null,
      caseFileId: 'test',
      caseReference: TRANSIT,
      caseTitle: 'Transit through Batrovci',
      classification: 'restricted',
      classificationLabel: 'Restricted',
      handlingCode: body.handlingCode,
      unit: '',
      prosecutor: '',
      prosecutionReference: '',
      operator: 'Ana Petrović',
      generatedAt: '2026-03-02T10:00:00.000Z',
    },
    body,
    images: {},
  };
  const { doc } = frameDocument(model, { content, headings, cover: false, toc: true }, w);
  fs.writeFileSync(file, await renderPdf(doc));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
}

describe('dossier analysis sections', () => {
  it('collects the transit case and prints every section from plain data', async () => {
    const { session, caseId } = await transitCase();
    const body = collect(session, params(caseId));

    const prov = body.provenance!;
    expect(prov.objects.map((o) => o.exhibitNumber)).toEqual(['T-1', 'T-2', 'T-3']);
    expect(prov.objects[0]!.events).toHaveLength(4);
    expect(prov.objects[0]!.findings.map((f) => f.ruleId)).toContain('provenance.gap-1970');
    const fin = body.finance!;
    expect(fin.payments).toHaveLength(9);
    expect(fin.totals).toEqual([
      { currency: 'ALL', count: 1, total: '150000.00' },
      { currency: 'EUR', count: 8, total: '93950.00' },
    ]);
    expect(fin.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['finance.circular-flow', 'finance.structuring']),
    );
    expect(fin.chart.nodes.some((n) => n.kind === 'object')).toBe(false);
    expect(fin.chart.edges.filter((e) => e.type === 'payment')).toHaveLength(7);
    expect(body.opinions!.objects.length).toBeGreaterThan(0);
    expect(body.indicators!.observations.map((o) => o.code)).toEqual([
      'E1',
      'A4',
      'C3',
      'A2',
      'A1',
    ]);

    const { parts, headings } = printAll(body);
    for (const part of parts) {
      expect(part.content[0]).toMatchObject({ style: 'h1', tocItem: true, pageBreak: 'before' });
      expect(part.content[1]).toMatchObject({ text: 'Handling: H2', style: 'handling' });
    }
    expect(headings).toEqual([
      'Provenance',
      'T-1 · Marble head of a young man',
      'T-2 · Apulian red-figure bell krater',
      'T-3 · Illyrian-type bronze helmet',
      'Financial analysis',
      'Payments',
      'Financial findings',
      'Link chart',
      'Expert opinions',
      ...body.opinions!.objects.map((o) => `${o.exhibitNumber} · ${o.title}`),
      'Indicators and risk',
      'Risk overview',
      'Observations',
    ]);
    const printed = JSON.stringify(parts);
    // The AAM line, in the print's words; amounts exact and grouped; findings worded.
    expect(printed).toContain(
      'According to the holder, in the possession of Private collection, Lebanon, before 1965.',
    );
    expect(printed).toContain('18,500.00 EUR');
    expect(printed).toContain('150,000.00 ALL');
    expect(printed).toContain('Money returning to its origin');
    expect(printed).toContain('Gap across 17 November 1970');
    expect(printed).toContain(caseOpinions(session, caseId)[0]!.expertName);
    expect(printed).toContain('Risk score: 11');
    expect(printed).toMatch(/"svg":"<svg xmlns/);
    // The chart: laid out the same way whatever the order of its data, holders by their accounts.
    const chart = fin.chart;
    const order = chartOrder(chart.nodes, chart.edges).map((n) => n.id);
    for (const e of chart.edges.filter((x) => x.type === 'holds')) {
      expect(Math.abs(order.indexOf(e.source) - order.indexOf(e.target))).toBeLessThanOrEqual(2);
    }
    const aw = new AnalysisWords(new ReportWording('en', null));
    const a = linkChartSvg(chart, aw, aw.w)!;
    const b = linkChartSvg(
      { nodes: [...chart.nodes].reverse(), edges: [...chart.edges].reverse() },
      aw,
      aw.w,
    )!;
    expect(a.svg.length).toBeGreaterThan(1000);
    expect(a.svg).toContain('Kyrenia Heritage');
    expect(a.svg).toContain('18,500.00 EUR');
    // The same nodes at the same places, whatever order they come in.
    const circles = (s: string) =>
      s.match(/<(circle|rect|polygon) [^>]*fill="#(1e3a5f|3b6ea5|d9a441)"[^>]*>/g)?.sort();
    expect(circles(b.svg)).toEqual(circles(a.svg));
    expect(linkChartSvg({ nodes: [], edges: [] }, aw, aw.w)).toBeNull();
  });

  it('never names a withheld party, skips withheld objects and counts withheld documents', async () => {
    const { session, caseId } = await transitCase();
    const stjepan = partyId(session, 'Kovačević, Stjepan');
    const parties = session.db
      .prepare('SELECT DISTINCT party_id FROM case_party WHERE case_id = ?')
      .pluck()
      .all(caseId) as string[];
    const t1 = session.db
      .prepare("SELECT id FROM seized_object WHERE case_id = ? AND exhibit_number = 'T-1'")
      .pluck()
      .get(caseId) as string;
    const body = collect(
      session,
      params(caseId, {
        disclosure: {
          partyIds: parties.filter((id) => id !== stjepan),
          objectIds: [t1],
          documentIds: [],
          includeProtected: null,
        },
      }),
    );
    expect(JSON.stringify(body)).not.toContain('Kovačević, Stjepan');
    expect(body.provenance!.objects.map((o) => o.exhibitNumber)).toEqual(['T-1']);
    expect(body.provenance!.objects[0]!.documents).toEqual({});
    expect(body.indicators!.observations.map((o) => o.code)).not.toContain('A1');
    const node = body.finance!.chart.nodes.find((n) => n.id === `party:${stjepan}`);
    expect(node).toMatchObject({ label: null, detail: '' });

    const printed = JSON.stringify(printAll(body).parts);
    expect(printed).not.toContain('Kovačević, Stjepan');
    expect(printed).not.toContain('T-2 ·');
    expect(printed).toContain('withheld');
    expect(printed).toMatch(/withheld: \d/);
    // Disclosed names stay.
    expect(printed).toContain('Kovačević d.o.o.');
  });

  it('renders to PDF with embedded fonts, in English and in Serbian Cyrillic', async () => {
    const { session, caseId } = await transitCase();
    const body = collect(session, params(caseId));
    const dir = tempDir();
    const en = await render(body, 'en', path.join(dir, 'en.pdf'));
    for (const text of [
      'Provenance',
      'Chain of events',
      'Financial analysis',
      'Link chart',
      'Expert opinions',
      'Indicators and risk',
      '18,500.00 EUR',
      'Kyrenia Heritage Holdings Ltd',
      'A2',
      caseOpinions(session, caseId)[0]!.expertName,
    ]) {
      expect(en).toContain(text);
    }
    const fonts = execFileSync('pdffonts', [path.join(dir, 'en.pdf')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    const sr = await render(body, 'sr-Cyrl', path.join(dir, 'sr.pdf'));
    for (const text of [
      'Порекло',
      'Финансијска анализа',
      'Мишљења вештака',
      'Индикатори и ризик',
    ]) {
      expect(sr).toContain(text);
    }
    expect(sr).toMatch(/18\.500,00 EUR/);
    if (process.env['H9_KEEP']) {
      fs.copyFileSync(path.join(dir, 'en.pdf'), '/tmp/h9/en.pdf');
      fs.copyFileSync(path.join(dir, 'sr.pdf'), '/tmp/h9/sr.pdf');
    }
  });
});
