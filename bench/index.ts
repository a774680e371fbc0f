import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareCipher, type CipherComparison } from './sqlite-workload';
import { measureUnlock } from './unlock';
import { measureIngest } from './ingest';
import { measureAuditVerify } from './audit';
import { measureRecords } from './records';
import { measureLinkChart } from './linkchart';
import { measureStatementImport } from './statement-import';
import { measureReports } from './reports';
import { benchDir, type Figure } from './util';

/**
 * `npm run bench`: the case file's speed targets (issue #2), printed as a table and written to
 * bench/results/latest.json. Targets are checked here, not in the test suite, because timings
 * depend on the machine; the exit code is 1 when a target is missed.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (name: string) => only.length === 0 || only.includes(name);
  const dir = benchDir();
  const figures: Figure[] = [];
  const results: Record<string, unknown> = {
    machine: machineFacts(),
    startedAt: new Date().toISOString(),
  };
  const check = (name: string, value: number, unit: string, target?: string, pass?: boolean) =>
    figures.push({
      name,
      value,
      unit,
      ...(target ? { target } : {}),
      ...(pass !== undefined ? { pass } : {}),
    });

  try {
    if (want('ciphers')) {
      const comparisons: CipherComparison[] = [];
      for (const cipher of [
        { name: 'aegis', algorithm: 'aegis-256' },
        { name: 'chacha20' },
        { name: 'sqlcipher' },
        { name: 'ascon128' },
      ]) {
        comparisons.push(compareCipher(dir, cipher, 64 * 1024));
        log(`cipher ${cipher.name}: done`);
      }
      comparisons.push(compareCipher(dir, { name: 'aegis', algorithm: 'aegis-256' }, 2 * 1024));
      results['ciphers'] = comparisons;
      const chosen = comparisons[0] as CipherComparison;
      check(
        'encrypted/plain insert 100k (aegis-256, 64 MiB cache)',
        chosen.ratio.insert,
        '×',
        '≤ 1.30',
        chosen.ratio.insert <= 1.3,
      );
      check(
        'encrypted/plain 100k indexed lookups',
        chosen.ratio.lookups,
        '×',
        '≤ 1.15',
        chosen.ratio.lookups <= 1.15,
      );
      check(
        'encrypted/plain FTS5 queries',
        chosen.ratio.fts,
        '×',
        '≤ 1.15',
        chosen.ratio.fts <= 1.15,
      );
      check('encrypted/plain full scan', chosen.ratio.scan, '×');
      printCipherTable(comparisons);
    }
    if (want('unlock')) {
      const u = await measureUnlock(dir);
      results['unlock'] = u;
      check(
        `unlock, KDF included (${u.kdf})`,
        u.unlockMs,
        'ms',
        '200–1000',
        u.unlockMs >= 200 && u.unlockMs <= 1000,
      );
      check('open with the unwrapped key', u.openMs, 'ms', '< 5', u.openMs < 5);
    }
    if (want('ingest')) {
      const i = await measureIngest(dir);
      results['ingest'] = i;
      check(
        `physical limit: read + SHA-256 + write + fsync (${i.sizeMiB} MiB)`,
        i.physicalMBps,
        'MB/s',
      );
      check('attachment ingest into the case file (durable at commit)', i.ingestMBps, 'MB/s');
      check('checkpoint after it (WAL → database, off the ingest call)', i.checkpointMs, 'ms');
      const ratio = i.ingestMBps / i.physicalMBps;
      check('ingest / physical limit', ratio, '×', '≥ 0.50', ratio >= 0.5);
    }
    if (want('audit')) {
      const a = await measureAuditVerify(dir);
      results['audit'] = a;
      check(
        `audit-chain verification (${a.entries.toLocaleString('en')} entries)`,
        a.perSecond,
        'entries/s',
        '≥ 200,000',
        a.perSecond >= 200_000,
      );
    }
    if (want('records')) {
      const r = await measureRecords(dir);
      results['records'] = r;
      check(
        `import a bundle of ${r.importObjects.toLocaleString('en')} objects`,
        r.importSeconds,
        's',
        '≤ 10',
        r.importSeconds <= 10,
      );
      check(
        'object list, first page of the 10,000-object case (first call)',
        r.firstPageColdMs,
        'ms',
        '≤ 200',
        r.firstPageColdMs <= 200,
      );
      check(
        'object list, first page (median of 20, two sort orders)',
        r.firstPageMs,
        'ms',
        '≤ 200',
        r.firstPageMs <= 200,
      );
      check(
        `global search p50 over ${r.searchRecords.toLocaleString('en')} objects and parties`,
        r.searchP50Ms,
        'ms',
      );
      check(
        `global search p95 (${r.searchQueries} queries, Latin/Cyrillic/prefixes)`,
        r.searchP95Ms,
        'ms',
        '≤ 50',
        r.searchP95Ms <= 50,
      );
    }
    if (want('statement-import')) {
      const s = await measureStatementImport(dir);
      results['statementImport'] = s;
      check(
        `import a ${s.rows.toLocaleString('en')}-row statement with a saved mapping`,
        s.importSeconds,
        's',
        '≤ 10',
        s.importSeconds <= 10,
      );
      check('statement import rate', s.rowsPerSecond, 'rows/s');
      check(
        'statement re-import: payments added',
        s.reimportAdded,
        'payments',
        '0',
        s.reimportAdded === 0,
      );
    }
    if (want('linkchart')) {
      const l = await measureLinkChart(dir);
      results['linkchart'] = l;
      const scale = `${l.nodes.toLocaleString('en')} nodes / ${l.edges.toLocaleString('en')} links`;
      check(`link chart ${scale}: graph query (core)`, l.coreGraphMs, 'ms');
      check('link chart: linkchart:graph handler (query + output check)', l.handlerMs, 'ms');
      check('link chart: cytoscape build', l.buildMs, 'ms');
      check('link chart: layout (force, Barnes–Hut)', l.layoutMs, 'ms');
      check('link chart: first render', l.renderMs, 'ms');
      const seconds = l.layoutAndRenderMs / 1000;
      check('link chart: layout + first render', seconds, 's', '≤ 3', seconds <= 3);
      check(
        'link chart: layout + first render / 3 s target',
        seconds / 3,
        '×',
        '≤ 1.00',
        seconds <= 3,
      );
      check('link chart: build + layout + first render', l.totalMs / 1000, 's');
    }
    if (want('reports')) {
      const r = await measureReports(dir);
      results['reports'] = r;
      const g = r.generate;
      const scale = `${r.objects} objects / ${r.photos} photos ${r.photoPx}`;
      check(
        `dossier of ${scale}: ingest (building the case file, not measured)`,
        r.ingestSeconds,
        's',
      );
      check(
        'dossier: generateReport (collect, images, layout, record)',
        g.seconds,
        's',
        '≤ 12',
        g.seconds <= 12,
      );
      check(
        'dossier: peak RSS (sampled every 50 ms, worker included)',
        g.peakRssMB,
        'MB',
        '≤ 1,000',
        g.peakRssMB <= 1000,
      );
      check(`dossier: file (${g.pages} pages)`, g.fileMB, 'MB', '≤ 60', g.fileMB <= 60);
      const ref = r.reference;
      check(
        `pdfmake alone, same model, ${ref.images} images prepared: layout + render`,
        ref.seconds,
        's',
      );
      check('pdfmake alone: peak RSS', ref.peakRssMB, 'MB');
      check('pdfmake alone: file', ref.fileMB, 'MB');
      check('dossier / pdfmake alone, same model (time)', g.seconds / ref.seconds, '×');
      const d = r.direct;
      check(
        `pdfmake alone, plain ${d.pages}-page document, ${d.images} photos at 900 px (${fmt(d.imageMB)} MB)`,
        d.seconds,
        's',
      );
      check('pdfmake alone, plain document: peak RSS', d.peakRssMB, 'MB');
      check('pdfmake alone, plain document: file', d.fileMB, 'MB');
      check('dossier / pdfmake alone, plain document (time)', g.seconds / d.seconds, '×');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  results['figures'] = figures;
  printFigures(figures);
  const outDir = path.join(__dirname, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwritten: bench/results/latest.json`);
  if (figures.some((f) => f.pass === false)) process.exitCode = 1;
}

function log(s: string): void {
  process.stdout.write(`${s}\n`);
}

function fmt(n: number): string {
  return n >= 1000 ? Math.round(n).toLocaleString('en') : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function printCipherTable(rows: CipherComparison[]): void {
  log(
    '\nencrypted / plain, same workload (medians of 3 interleaved runs; ms in brackets: plain → encrypted)',
  );
  log(
    `${'cipher'.padEnd(12)}${'cache'.padStart(8)}${'insert'.padStart(24)}${'lookups'.padStart(24)}${'scan'.padStart(22)}${'fts'.padStart(22)}`,
  );
  for (const r of rows) {
    const cell = (k: keyof CipherComparison['ratio'], w: number) =>
      `${r.ratio[k].toFixed(2)} (${fmt(r.plain[k])}→${fmt(r.encrypted[k])})`.padStart(w);
    log(
      `${r.cipher.padEnd(12)}${`${r.cacheKiB / 1024} MiB`.padStart(8)}${cell('insert', 24)}${cell('lookups', 24)}${cell('scan', 22)}${cell('fts', 22)}`,
    );
  }
}

function printFigures(figures: Figure[]): void {
  const w = Math.max(...figures.map((f) => f.name.length));
  log('');
  log(
    `${'measure'.padEnd(w)}  ${'value'.padStart(12)}  ${'unit'.padEnd(10)}  ${'target'.padEnd(10)}  result`,
  );
  for (const f of figures) {
    const result = f.pass === undefined ? '' : f.pass ? 'PASS' : 'MISS';
    log(
      `${f.name.padEnd(w)}  ${fmt(f.value).padStart(12)}  ${f.unit.padEnd(10)}  ${(f.target ?? '').padEnd(10)}  ${result}`,
    );
  }
}

function machineFacts() {
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: process.platform,
  };
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
