import type { CaseBundle } from '../../../shared/domain/bundle';
import type { Sqlite } from '../store/sqlite';
import { referenceResolver, vocabularyResolver, type Issue } from './import-checks';

/**
 * The checks of a bundle's experts, consultations and opinions, as the services enforce them
 * when a person records them, applied to the bundle plus what the case file already holds:
 * experts' fields of expertise known; a consultation asks an expert about objects of its own
 * case; an opinion is of its object's case, by a known expert, answers (when it names one) a
 * consultation of that case that asked this expert about this object, rests on a report that is
 * a document of that case, and names a Red List category (not a list); no negative estimate.
 * Identifiers unique within a section and clashes with stored records are checked with the
 * other sections (import-checks.ts, import.ts).
 */
export function checkExperts(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  const { ref } = referenceResolver(bundle, db, issue);
  const { code, parentOf } = vocabularyResolver(bundle, db, issue);
  const caseIn = (table: string, section: ReadonlyArray<{ id: string; caseId: string }>) => {
    const inBundle = new Map(section.map((r) => [r.id, r.caseId]));
    const stored = db.prepare(`SELECT case_id FROM ${table} WHERE id = ?`).pluck();
    return (id: string) => inBundle.get(id) ?? (stored.get(id) as string | undefined);
  };
  const caseOfObject = caseIn('seized_object', bundle.objects);
  const caseOfDocument = caseIn('document', bundle.documents);
  const consultationOf = (() => {
    const inBundle = new Map(bundle.consultations.map((c) => [c.id, c]));
    const stored = db.prepare(
      `SELECT case_id AS caseId, expert_id AS expertId,
                json_extract(data, '$.objectIds') AS objectIds
         FROM consultation WHERE id = ?`,
    );
    return (id: string) => {
      const c = inBundle.get(id);
      if (c) return { caseId: c.caseId, expertId: c.expertId, objectIds: c.objectIds };
      const row = stored.get(id) as
        { caseId: string; expertId: string; objectIds: string } | undefined;
      return row && { ...row, objectIds: JSON.parse(row.objectIds) as string[] };
    };
  })();

  /** A reference that resolves (reported by `ref` when not) to an object of the same case. */
  const objectOfCase = (id: string, caseId: string, p: PropertyKey[]) => {
    ref('object', id, p);
    const owner = caseOfObject(id);
    if (owner !== undefined && owner !== caseId) issue(p, 'the object belongs to another case');
  };

  bundle.experts.forEach((e, i) =>
    e.fields.forEach((f, j) => code('expertise_field', f, ['experts', i, 'fields', j])),
  );

  bundle.consultations.forEach((c, i) => {
    const at = (...rest: PropertyKey[]) => ['consultations', i, ...rest];
    ref('case', c.caseId, at('caseId'));
    ref('expert', c.expertId, at('expertId'));
    c.objectIds.forEach((id, j) => objectOfCase(id, c.caseId, at('objectIds', j)));
  });

  bundle.opinions.forEach((o, i) => {
    const at = (...rest: PropertyKey[]) => ['opinions', i, ...rest];
    ref('case', o.caseId, at('caseId'));
    objectOfCase(o.objectId, o.caseId, at('objectId'));
    ref('expert', o.expertId, at('expertId'));
    if (o.consultationId !== null) {
      ref('consultation', o.consultationId, at('consultationId'));
      const c = consultationOf(o.consultationId);
      const problem = !c
        ? null
        : c.caseId !== o.caseId
          ? 'the consultation belongs to another case'
          : c.expertId !== o.expertId
            ? 'the consultation asked another expert'
            : !c.objectIds.includes(o.objectId)
              ? 'the consultation did not ask about this object'
              : null;
      if (problem) issue(at('consultationId'), problem);
    }
    if (o.reportDocumentId !== null) {
      ref('document', o.reportDocumentId, at('reportDocumentId'));
      const owner = caseOfDocument(o.reportDocumentId);
      if (owner !== undefined && owner !== o.caseId)
        issue(at('reportDocumentId'), `document ${o.reportDocumentId} is evidence of another case`);
    }
    if (o.redListCategory !== null) {
      code('red_list_category', o.redListCategory, at('redListCategory'));
      const parent = parentOf('red_list_category', o.redListCategory);
      if (parent === null || (parent && parentOf('red_list_category', parent) !== null))
        issue(at('redListCategory'), `"${o.redListCategory}" is not a category of a Red List`);
    }
    if (o.value !== null && o.value.amount.startsWith('-'))
      issue(at('value', 'amount'), 'an estimated value cannot be negative');
  });
}
