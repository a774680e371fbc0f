import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import type { ConsultationLetter, ConsultationRecord } from '../../../shared/domain/expert';
import type { ConsultationView } from '../../../shared/domain/expert-views';
import type { ObjectRecord } from '../../../shared/domain/object';
import { ReportParams } from '../../../shared/domain/report';
import { isoDay } from '../../../shared/experts/consultation-state';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { printImage } from '../images';
import { objectSpec } from '../objects/object-specs';
import { photoImage } from '../photos';
import { photoViews } from '../photos/photo-store';
import { requireRecord, updateRecord } from '../records/record-store';
import { registerReportTx, reportIdFor, sha256Hex } from '../reports/engine/register';
import { canonicalJson } from '../support/canonical-json';
import { renderPdf } from '../reports/pdf';
import type { Sqlite } from '../store/sqlite';
import { writeFileAtomic } from '../support/durable-fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { consultationViews } from './consultations';
import { letterDocument, type LetterObject, type LetterPhoto } from './letter-doc';
import { TEXTS } from './letter-wording';
import { CONSULTATION_SPEC, EXPERT_SPEC } from './specs';

export interface LetterResult {
  path: string;
  sha256: string;
  bytes: number;
  pages: number;
  consultation: ConsultationView;
}

/** Photos printed per object; the sheet says how many more the case file keeps. */
export const LETTER_PHOTOS_PER_OBJECT = 6;
/** Longer side of a printed photo: about 250 dpi at the half page width it is printed at. */
export const LETTER_PHOTO_PX = 900;

const LetterInput = z.object({ id: Id, path: z.string().min(1).max(4096) }).strict();

/**
 * A photo as printed: made from the stored preview (upright, metadata already stripped), reduced
 * for print. The original file is never embedded. A preview missing for a photo stored by other
 * means is derived (and kept, audited) on the way, as the photo viewer does.
 */
async function printedPhoto(
  session: CaseFileSession,
  attachmentId: string,
): Promise<Omit<LetterPhoto, 'role' | 'caption'>> {
  const preview = await photoImage(session, { attachmentId, size: 'preview' });
  const bytes = Buffer.from(preview.dataUrl.slice(preview.dataUrl.indexOf(',') + 1), 'base64');
  const print = await printImage(bytes, LETTER_PHOTO_PX);
  return { jpeg: print.bytes, width: print.width, height: print.height };
}

function typeLabel(db: Sqlite, code: string): string {
  return (
    (db
      .prepare("SELECT label FROM vocabulary WHERE kind = 'object_type' AND code = ?")
      .pluck()
      .get(code) as string | undefined) ?? code
  );
}

async function letterObject(session: CaseFileSession, objectId: string): Promise<LetterObject> {
  const db = session.db;
  const o: ObjectRecord = requireRecord(db, objectSpec(db), objectId);
  const displayTitle = db
    .prepare('SELECT title FROM seized_object WHERE id = ?')
    .pluck()
    .get(objectId) as string;
  const photos = photoViews(db, objectId);
  const printed: LetterPhoto[] = [];
  for (const p of photos.slice(0, LETTER_PHOTOS_PER_OBJECT)) {
    printed.push({
      ...(await printedPhoto(session, p.attachmentId)),
      role: p.role,
      caption: p.caption,
    });
  }
  return {
    exhibitNumber: o.exhibitNumber,
    typeL1: o.typeL1,
    typeL2: o.typeL2,
    lotCount: o.lotCount,
    title: o.title,
    materials: o.materials,
    techniques: o.techniques,
    measurements: o.measurements,
    inscriptions: o.inscriptions,
    dating: o.dating,
    maker: o.maker,
    subject: o.subject,
    distinguishingFeatures: o.distinguishingFeatures,
    description: o.description,
    placeOfOrigin: o.placeOfOrigin,
    displayTitle,
    typeLabel: typeLabel(db, o.typeL2 ?? o.typeL1),
    photos: printed,
    morePhotos: Math.max(0, photos.length - LETTER_PHOTOS_PER_OBJECT),
  };
}

type ConsultationData = Omit<ConsultationRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
function dataOf(c: ConsultationRecord): ConsultationData {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...data } = c;
  return data;
}

/**
 * Generates the consultation's request letter (PDF) into `path` (chosen by the person; replaced
 * atomically if it exists) and records it on the consultation: SHA-256, size, pages, when and by
 * whom, in which languages (audited `consultation.letter`), so the copy sent can be recognised
 * later. The letter's date and the PDF's creation date come from the injected clock: the same
 * data and clock give byte-identical files. A consultation changed while the letter was being
 * made is refused (EDIT_CONFLICT) and the file removed, so no letter is recorded that does not
 * match its record.
 */
export async function writeConsultationLetter(
  session: CaseFileSession,
  input: { id: string; path: string },
): Promise<LetterResult> {
  const { id, path: target } = parseInput(LetterInput, input, 'request letter');
  if (!path.isAbsolute(target)) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      'Invalid request letter: the file must be given by its full path.',
      { issues: [{ path: ['path'], message: 'not an absolute path' }] },
    );
  }
  const db = session.db;
  const consultation = requireRecord(db, CONSULTATION_SPEC, id);
  const caseRecord = requireRecord(db, CASE_SPEC, consultation.caseId);
  const expert = requireRecord(db, EXPERT_SPEC, consultation.expertId);
  const objects: LetterObject[] = [];
  for (const objectId of consultation.objectIds)
    objects.push(await letterObject(session, objectId));

  const generatedAt = session.runtime.clock.now();
  const secondLanguage =
    consultation.secondLanguage !== null && consultation.secondLanguage !== consultation.language
      ? consultation.secondLanguage
      : null;
  const letterData = {
    language: consultation.language,
    secondLanguage,
    generatedAt,
    date: isoDay(generatedAt),
    unit: caseRecord.unit,
    caseReference: caseRecord.reference,
    classification: caseRecord.classification,
    reference: consultation.reference,
    expert: {
      title: expert.title,
      name: expert.name,
      institution: expert.institution,
      address: expert.address,
      country: expert.country,
    },
    legalBasis: consultation.legalBasis,
    orderedBy: consultation.orderedBy,
    orderReference: consultation.orderReference,
    deadline: consultation.deadline,
    questions: consultation.questions,
    objects,
    signatory: consultation.signatory,
  };
  // Registered like every report: an ID derived from what the letter is made of, in its footer.
  const params = ReportParams.parse({
    caseId: consultation.caseId,
    kind: 'expert-letter',
    language: consultation.language,
    secondLanguage,
    consultationId: id,
  });
  const modelSha256 = sha256Hex(Buffer.from(canonicalJson(letterData)));
  const reportId = reportIdFor({
    caseFileId: session.caseFileId,
    kind: 'expert-letter',
    params,
    modelSha256,
    generatedAt: generatedAt.toISOString(),
    operator: session.actor.operatorName,
  });
  const letter = letterDocument({ ...letterData, reportId });
  const pdf = await renderPdf(letter.doc);
  const pages = letter.pages();
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const record: ConsultationLetter = {
    sha256,
    bytes: pdf.length,
    pages,
    generatedAt: generatedAt.toISOString(),
    generatedBy: session.actor.operatorName,
    language: consultation.language,
    secondLanguage,
  };

  writeFileAtomic(target, pdf);
  let view: ConsultationView;
  try {
    view = write(session, (tx) => {
      const next = updateRecord(
        tx,
        CONSULTATION_SPEC,
        id,
        consultation.version,
        (c) => ({ ...dataOf(c), letters: [...c.letters, record] }),
        'consultation.letter',
      );
      registerReportTx(tx, {
        id: reportId,
        caseId: consultation.caseId,
        caseReference: caseRecord.reference,
        kind: 'expert-letter',
        title: TEXTS[consultation.language].documentTitle,
        params,
        sha256,
        bytes: pdf.length,
        pages,
        fileName: path.basename(target),
        modelSha256,
        sections: [],
        generatedAt: record.generatedAt,
        generatedBy: record.generatedBy,
      });
      return consultationViews(tx.db, [next], isoDay(tx.now))[0]!;
    });
  } catch (e) {
    fs.rmSync(target, { force: true });
    throw e;
  }
  return { path: target, sha256, bytes: pdf.length, pages, consultation: view };
}
