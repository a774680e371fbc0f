import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, type CaseFileSession } from '../../../src/main/core';
import { populateDemo, type DemoSummary } from '../../../src/main/core/demo';
import { buildReport, generateReport } from '../../../src/main/core/reports/engine/run';
import type { ReportParamsInput } from '../../../src/shared/domain/report';
import { newCaseFile, tempDir } from '../../helpers/case-files';

const poppler = (tool: string, ...args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const TRANSIT = 'ITCG-2026-0007';
const COINS = 'ITCG-2025-0031';

let session: CaseFileSession;
let summary: DemoSummary;
let dir: string;

function caseId(reference: string): string {
  const found = summary.cases.find((c) => c.reference === reference);
  if (!found) throw new Error(`no case ${reference}`);
  return found.id;
}

async function render(name: string, params: Omit<ReportParamsInput, 'kind'>) {
  const out = path.join(dir, `${name}.pdf`);
  const result = await generateReport(session, { kind: 'dossier', ...params }, out);
  if (result.status !== 'generated') throw new Error('not generated');
  const text = poppler('pdftotext', '-enc', 'UTF-8', out, '-');
  return { out, report: result.report, text };
}

/** Where each heading first appears after the contents page (the body, not the contents). */
function bodyIndex(text: string, heading: string, after: number): number {
  return text.indexOf(heading, after);
}

async function demo(photos: boolean): Promise<void> {
  const cf = await newCaseFile();
  session = cf.session;
  cf.runtime.clock = fixedClock(new Date('2026-03-02T10:00:00Z'), 0);
  summary = await populateDemo(session, { photos });
  dir = tempDir();
}

describe('the prosecution dossier', () => {
  it('prints every section of the demo transit case in order, with names, digests and the frame', async () => {
    await demo(true);
    const id = caseId(TRANSIT);
    const { out, report, text } = await render('transit', { caseId: id });
    const headings = [
      'Case summary',
      'Parties and roles',
      'Seizures',
      'Object catalogue',
      'Documents annex',
      'Audit statement',
    ];
    expect(report.sections.filter((s) => headings.includes(s))).toEqual(headings);
    // In the body (after the contents page), the sections come in print order.
    const contentsEnd = text.indexOf('\f', text.indexOf('Contents'));
    let at = contentsEnd;
    for (const h of headings) {
      const next = bodyIndex(text, h, at);
      expect(next, h).toBeGreaterThan(at);
      at = next;
    }
    // Cyrillic and diacritics extracted as printed.
    expect(text).toContain('Четвероеванђеље');
    expect(text).toContain('Đorđević');
    expect(text).toContain('Hëna Trading');
    expect(text).toContain('Batrovci');
    expect(text).toContain('Đukić');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain(report.id);
    // Objects in exhibit order, each with its heading.
    const t1 = text.indexOf('T-1 · ', contentsEnd);
    const t2 = text.indexOf('T-2 · ', contentsEnd);
    expect(t1).toBeGreaterThan(0);
    expect(t2).toBeGreaterThan(t1);
    // The documents annex lists each file's SHA-256 in full.
    const shas = session.db
      .prepare(
        `SELECT b.sha256 FROM document d JOIN attachment a ON a.id = d.attachment_id
         JOIN blob b ON b.id = a.blob_id WHERE d.case_id = ?`,
      )
      .pluck()
      .all(id) as string[];
    expect(shas.length).toBeGreaterThan(0);
    const flat = text.replace(/\s+/g, '');
    for (const sha of shas) expect(flat).toContain(sha);
    // The audit statement: the chain verified and the files re-read.
    expect(text).toMatch(/intact: [\d,]+ entries verified/);
    expect(text).toContain(`${shas.length} of ${shas.length} files re-read`);
    expect(text).toContain(session.caseFileId);

    const fonts = poppler('pdffonts', out)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
    if (process.env['DOSSIER_PDF']) fs.copyFileSync(out, process.env['DOSSIER_PDF']);
  }, 120_000);

  it('prints only the sections asked for, the records disclosed, in the language asked for', async () => {
    await demo(false);
    const { report, text } = await render('subset', {
      caseId: caseId(TRANSIT),
      sections: ['documents', 'summary'],
    });
    expect(report.sections).toEqual(['Case summary', 'Documents annex']);
    expect(text).not.toContain('Object catalogue');
    expect(text).not.toContain('Parties and roles');
    expect(text).not.toContain('Audit statement');
    expect(text.indexOf('Documents annex', text.indexOf('Case summary'))).toBeGreaterThan(0);
    // The summary's Markdown is printed as plain paragraphs.
    expect(text).toContain('Lorry stopped at Batrovci on its way to Zagreb');
    expect(text).not.toContain('**');

    // Same data, parameters and clock: the same bytes.
    const again = async () =>
      buildReport(session, { caseId: caseId(TRANSIT), kind: 'dossier', language: 'sq' });
    const [a, b] = [await again(), await again()];
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);

    // Disclosure: an object left out is absent; witnesses only when asked for.
    const id = caseId(TRANSIT);
    const head = session.db
      .prepare("SELECT id FROM seized_object WHERE case_id = ? AND exhibit_number = 'T-4'")
      .pluck()
      .get(id) as string;
    const all = session.db
      .prepare('SELECT id FROM seized_object WHERE case_id = ?')
      .pluck()
      .all(id) as string[];
    const disclosed = await render('disclosed', {
      caseId: id,
      sections: ['summary', 'seizures', 'objects'],
      disclosure: { objectIds: all.filter((o) => o !== head) },
    });
    expect(disclosed.report.sections.some((s) => s.startsWith('T-4'))).toBe(false);
    expect(disclosed.report.sections.some((s) => s.startsWith('T-3'))).toBe(true);
    expect(disclosed.text).not.toContain('Четвероеванђеље');
    expect(disclosed.text).toContain('Withheld (selective disclosure)');
    expect(disclosed.text).toContain('Objects of this seizure not in this dossier: 1.');

    const coins = caseId(COINS);
    const withWitness = await render('coins', { caseId: coins, sections: ['parties'] });
    expect(withWitness.text).toContain('Tešić');
    const without = await render('coins-protected', {
      caseId: coins,
      sections: ['parties'],
      disclosure: { includeProtected: false },
    });
    expect(without.text).not.toContain('Tešić');
    expect(without.text).toContain('Witnesses and informants left out of this report: 1.');

    // Serbian Cyrillic headings and labels.
    const sr = await render('sr', {
      caseId: caseId(TRANSIT),
      language: 'sr-Cyrl',
      sections: ['summary', 'objects'],
    });
    expect(sr.report.sections.slice(0, 1)).toEqual(['Сажетак предмета']);
    expect(sr.text).toContain('Каталог предмета');
    expect(sr.text).toContain('Страна 1 од');
    expect(sr.text).toContain('Број доказног предмета');
    expect(sr.text).toContain('Четвероеванђеље');

    // The other languages the issue starts with: fixed headings, labels and the page footer.
    const others = [
      [
        'mk',
        'Резиме на предметот',
        'Каталог на предмети',
        'Број на доказен предмет',
        'Страница 1 од',
      ],
      [
        'sq',
        'Përmbledhja e çështjes',
        'Katalogu i objekteve',
        'Numri i provës materiale',
        'Faqja 1 nga',
      ],
      ['sr-Latn', 'Sažetak predmeta', 'Katalog predmeta', 'Broj dokaznog predmeta', 'Strana 1 od'],
    ] as const;
    for (const [language, summary, catalogue, exhibit, page] of others) {
      const r = await render(language, {
        caseId: caseId(TRANSIT),
        language,
        sections: ['summary', 'objects'],
      });
      expect(r.report.sections.slice(0, 1)).toEqual([summary]);
      for (const heading of [catalogue, exhibit, page]) expect(r.text).toContain(heading);
      // The names as they are written, whatever the report's language.
      expect(r.text).toContain('Четвероеванђеље');
    }
  }, 240_000);
});
