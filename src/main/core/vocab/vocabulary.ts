import { z } from 'zod';
import { Code, Line } from '../../../shared/domain/common';
import { VOCABULARY_KINDS, type VocabularyKind } from '../../../shared/domain/vocabularies';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';

/**
 * The case file's editable reference lists (offence types, object types, roles…). Built-in entries
 * can be retired but never removed, so old records keep their meaning; a unit adds its own.
 */
export interface VocabularyItem {
  kind: VocabularyKind;
  code: string;
  parent: string | null;
  label: string;
  source: string | null;
  builtin: boolean;
  retired: boolean;
}

interface Row {
  kind: VocabularyKind;
  code: string;
  parent: string | null;
  label: string;
  source: string | null;
  builtin: number;
  retired: number;
}

const toItem = (r: Row): VocabularyItem => ({
  ...r,
  builtin: r.builtin === 1,
  retired: r.retired === 1,
});

export const VocabularyKindSchema = z.enum(VOCABULARY_KINDS);

export function listVocabulary(session: CaseFileSession, kind?: VocabularyKind): VocabularyItem[] {
  const rows = (
    kind
      ? session.db.prepare('SELECT * FROM vocabulary WHERE kind = ? ORDER BY position').all(kind)
      : session.db.prepare('SELECT * FROM vocabulary ORDER BY kind, position').all()
  ) as Row[];
  return rows.map(toItem);
}

/**
 * Throws INVALID_INPUT naming `path` when `code` is not in the list. Retired codes stay valid for
 * records that already use them; `allowRetired: false` refuses them for new choices.
 */
export function requireCode(
  db: Sqlite,
  kind: VocabularyKind,
  code: string,
  path: string,
  options: { allowRetired?: boolean } = {},
): void {
  const row = db
    .prepare('SELECT retired FROM vocabulary WHERE kind = ? AND code = ?')
    .get(kind, code) as { retired: number } | undefined;
  if (!row || (row.retired === 1 && options.allowRetired === false)) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Invalid ${path}: "${code}" is not in the ${kind.replaceAll('_', ' ')} list.`,
      { issues: [{ path: path.split('.'), message: `unknown ${kind} "${code}"` }] },
    );
  }
}

export const NewVocabularyEntry = z
  .object({
    kind: VocabularyKindSchema,
    code: Code,
    label: Line.pipe(z.string().min(1, 'the entry needs a label')),
    parent: Code.nullable().default(null),
    source: Line.nullable().default(null),
  })
  .strict();

export function addVocabularyEntry(
  session: CaseFileSession,
  input: z.input<typeof NewVocabularyEntry>,
): VocabularyItem {
  const entry = parseInput(NewVocabularyEntry, input, 'vocabulary entry');
  return write(session, (tx) => {
    if (entry.parent) requireCode(tx.db, entry.kind, entry.parent, 'parent');
    const exists = tx.db
      .prepare('SELECT 1 FROM vocabulary WHERE kind = ? AND code = ?')
      .get(entry.kind, entry.code);
    if (exists) {
      throw new CaseFileError(
        CaseFileErrorCode.AlreadyExists,
        `The ${entry.kind.replaceAll('_', ' ')} list already has the code "${entry.code}".`,
      );
    }
    const position =
      (tx.db.prepare('SELECT max(position) FROM vocabulary').pluck().get() as number | null) ?? 0;
    tx.db
      .prepare(
        'INSERT INTO vocabulary (kind, code, parent, label, source, builtin, position) VALUES (?, ?, ?, ?, ?, 0, ?)',
      )
      .run(entry.kind, entry.code, entry.parent, entry.label, entry.source, position + 1);
    tx.audit({
      action: 'vocabulary.add',
      entityType: 'vocabulary',
      entityId: `${entry.kind}:${entry.code}`,
      changes: {
        label: { before: null, after: entry.label },
        parent: { before: null, after: entry.parent },
      },
    });
    return { ...entry, builtin: false, retired: false };
  });
}

/** Retires (or brings back) an entry: it is no longer offered for new records. */
export function setVocabularyRetired(
  session: CaseFileSession,
  input: { kind: VocabularyKind; code: string; retired: boolean },
): VocabularyItem {
  const { kind, code, retired } = parseInput(
    z.object({ kind: VocabularyKindSchema, code: Code, retired: z.boolean() }).strict(),
    input,
    'vocabulary change',
  );
  return write(session, (tx) => {
    requireCode(tx.db, kind, code, 'code');
    const before = tx.db
      .prepare('SELECT * FROM vocabulary WHERE kind = ? AND code = ?')
      .get(kind, code) as Row;
    tx.db
      .prepare('UPDATE vocabulary SET retired = ? WHERE kind = ? AND code = ?')
      .run(retired ? 1 : 0, kind, code);
    tx.audit({
      action: retired ? 'vocabulary.retire' : 'vocabulary.restore',
      entityType: 'vocabulary',
      entityId: `${kind}:${code}`,
      changes: { retired: { before: before.retired === 1, after: retired } },
    });
    return { ...toItem(before), retired };
  });
}
