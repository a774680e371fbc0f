import fs from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode } from '../../../src/main/core';
import {
  cellText,
  decodeText,
  detectDelimiter,
  MAX_STATEMENT_BYTES,
  readStatementBytes,
  readStatementTable,
  statementBytes,
} from '../../../src/main/core/finance/statement-read';
import { expectCaseFileError, tempDir } from '../../helpers/case-files';
import { serbianCsv, writeFile } from './statement-fixtures';

const csv = (text: string | Buffer, options = {}) =>
  readStatementTable(statementBytes('s.csv', Buffer.from(text)), options);

const texts = (rows: { cells: unknown[] }[]) =>
  rows.map((r) => r.cells.map((c) => cellText(c as never)));

describe('CSV', () => {
  it('detects the delimiter: ; beside decimal commas, comma, tab', async () => {
    expect(detectDelimiter(serbianCsv())).toBe(';');
    expect(
      detectDelimiter('Date,Amount,Name\n2024-03-12,-1234.56,"Smith, J."\n2024-03-13,5.00,X\n'),
    ).toBe(',');
    expect(detectDelimiter('Datum\tIznos\tNaziv\n12.03.2024\t-1.234,56\tA, B\n')).toBe('\t');
    expect(detectDelimiter('Datum|Iznos\n12.03.2024|1,00\n')).toBe('|');
    const table = await csv(serbianCsv());
    expect(table.info).toMatchObject({ kind: 'csv', delimiter: ';', encoding: 'utf-8' });
  });

  it('numbers rows as in the file (title rows, header and blank lines counted) and keeps quoted fields whole', async () => {
    const table = await csv(
      'Izvod;;\nDatum;Naziv;Iznos\n\n12.03.2024;"Galerija ""Antika""; Beograd";-1,00\n13.03.2024;"two\nlines";2,00\n',
    );
    expect(table.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(texts(table.rows)).toEqual([
      ['Izvod', '', ''],
      ['Datum', 'Naziv', 'Iznos'],
      [''],
      ['12.03.2024', 'Galerija "Antika"; Beograd', '-1,00'],
      ['13.03.2024', 'two\nlines', '2,00'],
    ]);
  });

  it('honours the delimiter the mapping names', async () => {
    const table = await csv('a,b;c\n1,2;3\n', { delimiter: ',' });
    expect(texts(table.rows)).toEqual([
      ['a', 'b;c'],
      ['1', '2;3'],
    ]);
  });

  it('reads UTF-8 with and without BOM, UTF-16 with BOM, and mixed line endings', async () => {
    const body = 'Naziv;Iznos\r\nĐorđe Šćepanović;1,00\nЂорђе;2,00\r\n';
    const expected = [
      ['Naziv', 'Iznos'],
      ['Đorđe Šćepanović', '1,00'],
      ['Ђорђе', '2,00'],
    ];
    expect(texts((await csv(body)).rows)).toEqual(expected);
    expect(
      texts((await csv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]))).rows),
    ).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body, 'utf-16le')]);
    expect(texts((await csv(utf16)).rows)).toEqual(expected);
  });

  it('tells windows-1250 (Latin) from windows-1251 (Cyrillic) by itself', async () => {
    const latin = 'Naziv;Iznos\nĐorđe Šćepanović, Čačak;1,00\nŽeljko Ćirić;2,00\n';
    const cyrillic = 'Назив;Износ\nЂорђе Шћепановић, Чачак;1,00\nЖељко Ћирић;2,00\n';
    const t1250 = await csv(iconv.encode(latin, 'windows-1250'));
    expect(t1250.info.encoding).toBe('windows-1250');
    expect(cellText(t1250.rows[1]?.cells[0])).toBe('Đorđe Šćepanović, Čačak');
    const t1251 = await csv(iconv.encode(cyrillic, 'windows-1251'));
    expect(t1251.info.encoding).toBe('windows-1251');
    expect(cellText(t1251.rows[2]?.cells[0])).toBe('Жељко Ћирић');
    // Named explicitly, the encoding is used as named.
    const forced = await csv(iconv.encode(cyrillic, 'windows-1251'), { encoding: 'windows-1251' });
    expect(cellText(forced.rows[0]?.cells[1])).toBe('Износ');
  });

  it('refuses invalid UTF-8 when UTF-8 was named, binary data, unclosed quotes and old .xls', async () => {
    const bad = await expectCaseFileError(
      () => csv(iconv.encode('Naziv\nČačak\n', 'windows-1250'), { encoding: 'utf-8' }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(bad.message).toContain('windows-1250');
    await expectCaseFileError(
      () => csv(Buffer.from([1, 0, 2, 0, 3])),
      CaseFileErrorCode.InvalidInput,
    );
    const quote = await expectCaseFileError(
      () => csv('a;b\n1;"open\n'),
      CaseFileErrorCode.InvalidInput,
    );
    expect(quote.message).toMatch(/cannot be read as CSV/);
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]);
    const e = await expectCaseFileError(
      () => readStatementTable(statementBytes('izvod.xls', xls)),
      CaseFileErrorCode.InvalidInput,
    );
    expect(e.message).toContain('save it as .xlsx or CSV');
  });

  it('caps the size of a statement and its number of rows', async () => {
    const dir = tempDir();
    const huge = writeFile(dir, 'huge.csv', '');
    fs.truncateSync(huge, MAX_STATEMENT_BYTES + 1); // sparse: nothing is really written
    const tooLarge = await expectCaseFileError(
      () => readStatementBytes(huge),
      CaseFileErrorCode.TooLarge,
    );
    expect(tooLarge.message).toContain('200 MiB');
    const many = await expectCaseFileError(
      () => csv('a;b\n'.repeat(1_000_001)),
      CaseFileErrorCode.TooLarge,
    );
    expect(many.message).toContain('1,000,000 rows');
    await expectCaseFileError(() => readStatementBytes(dir), CaseFileErrorCode.InvalidInput);
  });
});

describe('XLSX', () => {
  async function workbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['nothing here']);
    const ws = wb.addWorksheet('Promet');
    ws.addRow(['Izvod 12/2024']);
    ws.addRow(['Datum', 'Iznos', 'Naziv', 'Vreme']);
    ws.addRow([
      new Date(Date.UTC(2024, 2, 12)),
      -1234.56,
      'Galerija Antika',
      new Date(Date.UTC(2024, 2, 12, 14, 35)),
    ]);
    ws.addRow([]);
    ws.addRow([
      '13.03.2024',
      0.1 + 0.2,
      { richText: [{ text: 'Marko ' }, { text: 'Marković' }] },
      null,
    ]);
    ws.addRow([
      null,
      { formula: '1+1', result: 2 },
      { text: 'link', hyperlink: 'https://example.org' },
      true,
    ]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads the named sheet with typed numbers and dates, rows numbered as in the sheet', async () => {
    const table = await readStatementTable(statementBytes('izvod.xlsx', await workbook()), {
      sheet: 'promet',
    });
    expect(table.info).toMatchObject({
      kind: 'xlsx',
      sheets: ['Notes', 'Promet'],
      sheet: 'Promet',
      encoding: null,
    });
    expect(table.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(table.rows[2]?.cells).toEqual([
      { date: '2024-03-12', time: null },
      { number: '-1234.56' },
      'Galerija Antika',
      { date: '2024-03-12', time: '14:35' },
    ]);
    expect(table.rows[3]?.cells).toEqual([]);
    expect(table.rows[4]?.cells).toEqual(['13.03.2024', { number: '0.3' }, 'Marko Marković']);
    expect(table.rows[5]?.cells).toEqual(['', { number: '2' }, 'link', 'TRUE']);
  });

  it('reads the first sheet by default and refuses a sheet that is not there', async () => {
    const bytes = statementBytes('izvod.xlsx', await workbook());
    expect((await readStatementTable(bytes)).info.sheet).toBe('Notes');
    const e = await expectCaseFileError(
      () => readStatementTable(bytes, { sheet: 'Promet 2023' }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(e.message).toContain('Notes, Promet');
    await expectCaseFileError(
      () => readStatementTable(statementBytes('x.xlsx', Buffer.from('PK\u0003\u0004 not a zip'))),
      CaseFileErrorCode.InvalidInput,
    );
  });
});

describe('decodeText', () => {
  it('reports the encoding used', () => {
    expect(decodeText(Buffer.from('abc')).encoding).toBe('utf-8');
    expect(decodeText(iconv.encode('Čačak', 'windows-1250'), 'windows-1250').text).toBe('Čačak');
  });
});
