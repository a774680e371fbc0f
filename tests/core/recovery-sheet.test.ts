import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CaseFileErrorCode,
  RECOVERY_SHEET_LANGUAGES,
  renderRecoverySheet,
  saveRecoverySheet,
  type RecoverySheetInput,
} from '../../src/main/core';
import { renderPdf } from '../../src/main/core/reports/pdf';
import { printedFolderName } from '../../src/main/core/reports/recovery-sheet';
import { RECOVERY_SHEET_LABELS } from '../../src/main/core/reports/recovery-sheet.labels';
import { encodeRecoveryKey } from '../../src/shared/case-file/recovery-key';
import { expectCaseFileError, newCaseFile, OPERATOR, tempDir } from '../helpers/case-files';

/** poppler-utils: what a reader's PDF software sees. */
const poppler = (tool: string, ...args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8' });

const KEY = encodeRecoveryKey(Uint8Array.from({ length: 20 }, (_, i) => (i * 37 + 11) & 0xff));
const GROUPS = KEY.split('-');

function input(overrides: Partial<RecoverySheetInput> = {}): RecoverySheetInput {
  return {
    caseFileId: '00000000-0000-4000-8000-000000000001',
    caseFilePath: path.join('/home/ana/secret-parent', 'unit-2026 Охрид.custodia'),
    operatorName: 'Đorđe Šćekić-Žužić',
    recoveryKey: KEY,
    createdAt: new Date('2026-03-01T08:00:00Z'),
    language: 'en',
    ...overrides,
  };
}

describe('recovery sheet', () => {
  it.each(RECOVERY_SHEET_LANGUAGES)(
    'renders a one-page PDF in %s with the key, the case file and embedded fonts',
    async (language) => {
      const file = path.join(tempDir(), `recovery-${language}.pdf`);
      await saveRecoverySheet(file, input({ language }));

      expect(poppler('pdfinfo', file)).toMatch(/^Pages:\s+1$/m);

      const fonts = poppler('pdffonts', file).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) {
        // name type encoding emb sub uni object-id: "emb" is the fifth column from the end.
        expect(row.split(/\s+/).at(-5), row).toBe('yes');
      }

      const text = poppler('pdftotext', '-enc', 'UTF-8', file, '-');
      const labels = RECOVERY_SHEET_LABELS[language];
      expect(text).toContain(labels.title);
      expect(text).toContain('00000000-0000-4000-8000-000000000001');
      expect(text).toContain('unit-2026 Охрид.custodia');
      expect(text).not.toContain('secret-parent');
      expect(text).toContain('Đorđe Šćekić-Žužić');
      expect(text).toContain(language === 'en' ? '1 March 2026' : '1. март 2026.');
      // Each character sits in its own box, so extraction may space them out: compare without
      // whitespace. The two rows of four groups read in order.
      const compact = text.replace(/\s+/g, '');
      expect(compact).toContain(GROUPS.slice(0, 4).join(''));
      expect(compact).toContain(GROUPS.slice(4, 8).join(''));
      for (const instruction of labels.instructions) {
        expect(compact).toContain(instruction.replace(/\s+/g, ''));
      }
    },
  );

  it('stays on one page with the longest ID, folder and operator names', async () => {
    const file = path.join(tempDir(), 'long.pdf');
    const folder = 'Ж'.repeat(40) + 'W'.repeat(80) + '_' + 'm'.repeat(100) + '.custodia';
    await saveRecoverySheet(
      file,
      input({
        caseFileId: 'W'.repeat(64),
        caseFilePath: path.join('/cases', folder),
        operatorName: 'W'.repeat(120),
        language: 'sr-Cyrl',
      }),
    );
    expect(poppler('pdfinfo', file)).toMatch(/^Pages:\s+1$/m);
    const compact = poppler('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\s+/g, '');
    expect(compact).toContain(printedFolderName(folder));
    expect(printedFolderName(folder)).toMatch(/^Ж{40}W+…m+\.custodia$/);
    expect(Array.from(printedFolderName(folder))).toHaveLength(64);
    expect(printedFolderName('/a/unit-2026 Охрид.custodia/')).toBe('unit-2026 Охрид.custodia');
  });

  it('prints the Serbian title in Cyrillic', async () => {
    const file = path.join(tempDir(), 'sr.pdf');
    fs.writeFileSync(file, await renderRecoverySheet(input({ language: 'sr-Cyrl' })));
    expect(poppler('pdftotext', '-enc', 'UTF-8', file, '-')).toContain(
      'Custodia — кључ за опоравак',
    );
    expect(poppler('pdfinfo', file)).toMatch(/^Title:\s+Custodia — кључ за опоравак$/m);
  });

  it('prints the key of a real case file, and keeps it out of the metadata', async () => {
    const cf = await newCaseFile();
    try {
      const file = path.join(tempDir(), 'sheet.pdf');
      await saveRecoverySheet(file, {
        caseFileId: cf.session.caseFileId,
        caseFilePath: cf.dir,
        operatorName: OPERATOR,
        recoveryKey: cf.recoveryKey,
        createdAt: new Date('2026-03-01T08:00:00Z'),
        language: 'sr-Cyrl',
      });
      const compact = poppler('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\s+/g, '');
      expect(compact).toContain(cf.session.caseFileId);
      expect(compact).toContain(cf.recoveryKey.split('-').slice(0, 4).join(''));
      const info = poppler('pdfinfo', file);
      for (const group of cf.recoveryKey.split('-')) expect(info).not.toContain(group);
    } finally {
      cf.session.lock();
    }
  });

  it('prints a key typed loosely in its canonical form', async () => {
    const typed = KEY.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    const file = path.join(tempDir(), 'typed.pdf');
    await saveRecoverySheet(file, input({ recoveryKey: typed }));
    const compact = poppler('pdftotext', file, '-').replace(/\s+/g, '');
    expect(compact).toContain(GROUPS.slice(4, 8).join(''));
  });

  it('refuses a key with a typo, naming the group but not the key', async () => {
    const typo = KEY.slice(0, 6) + (KEY[6] === 'A' ? 'B' : 'A') + KEY.slice(7);
    const error = await expectCaseFileError(
      () => renderRecoverySheet(input({ recoveryKey: typo })),
      CaseFileErrorCode.InvalidInput,
    );
    expect(error.message).toContain('group 2');
    expect(error.message).not.toContain(GROUPS[0]);
  });

  it('never overwrites a file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sheet.pdf');
    fs.writeFileSync(file, 'an earlier document');
    await expectCaseFileError(
      () => saveRecoverySheet(file, input()),
      CaseFileErrorCode.AlreadyExists,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('an earlier document');

    const second = path.join(dir, 'second.pdf');
    await saveRecoverySheet(second, input());
    const first = fs.readFileSync(second);
    await expectCaseFileError(
      () => saveRecoverySheet(second, input({ language: 'sr-Cyrl' })),
      CaseFileErrorCode.AlreadyExists,
    );
    expect(fs.readFileSync(second)).toEqual(first);
    expect(fs.readdirSync(dir).sort()).toEqual(['second.pdf', 'sheet.pdf']);
    if (process.platform !== 'win32') expect(fs.statSync(second).mode & 0o777).toBe(0o600);
  });

  it('refuses a destination in a folder that does not exist', async () => {
    await expectCaseFileError(
      () => saveRecoverySheet(path.join(tempDir(), 'missing', 'sheet.pdf'), input()),
      CaseFileErrorCode.InvalidInput,
    );
  });
});

describe('PDF rendering', () => {
  it('lets a document fetch no URL and read no local file', async () => {
    const page = (src: string) => ({ content: [{ image: 'logo' }], images: { logo: src } });
    await expect(renderPdf(page('https://example.invalid/logo.png'))).rejects.toThrow(
      /Access to URL denied/,
    );
    const local = path.join(tempDir(), 'logo.png');
    fs.writeFileSync(local, 'not really a PNG');
    await expect(renderPdf(page(local))).rejects.toThrow(/Access to local file denied/);
  });
});

describe('recovery sheet labels', () => {
  it('are complete in every language, and the Serbian ones are in Cyrillic', () => {
    const en = RECOVERY_SHEET_LABELS.en;
    const sr = RECOVERY_SHEET_LABELS['sr-Cyrl'];
    expect(Object.keys(sr).sort()).toEqual(Object.keys(en).sort());
    expect(sr.instructions).toHaveLength(en.instructions.length);
    for (const [name, value] of Object.entries(sr)) {
      if (name === 'locale') continue;
      for (const text of [value].flat()) {
        expect(text.trim(), name).not.toBe('');
        expect(text, name).toMatch(/\p{Script=Cyrillic}/u);
      }
    }
    expect(en.group).toContain('{n}');
    expect(sr.group).toContain('{n}');
  });
});
