import { z } from 'zod';
import { Id } from '../domain/common';
import {
  ConsultationView,
  ExpertDetail,
  ExpertImportResult,
  ExpertListQuery,
  ExpertView,
  ObjectOpinions,
  OpinionView,
} from '../domain/expert-views';
import { channel } from './define';

/**
 * Experts and opinions (issue #7): the directory (shared by every case), a case's consultations
 * with their request letters, and opinions on objects. The contract checks the envelope; the
 * core parses the fields in full (ExpertFields, ConsultationFields, OpinionFields) and names
 * each refused field. Files are read and written only where a dialog handed out the path.
 */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);
const ChosenPath = z.string().min(1).max(4096);

export const EXPERT_FILE_FORMATS = ['json', 'csv'] as const;

export const expertContract = {
  'expert:list': channel(ExpertListQuery, z.array(ExpertView)),
  /** The expert with every consultation sent to them (all cases), newest first. */
  'expert:get': channel(z.object({ id: Id }).strict(), ExpertDetail),
  'expert:add': channel(z.object({ fields: Fields }).strict(), ExpertView),
  'expert:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ExpertView,
  ),
  /** Adds the experts of a directory file (JSON or CSV, chosen with dialog:open-experts). */
  'expert:import': channel(z.object({ path: ChosenPath }).strict(), ExpertImportResult),
  /** Writes the directory to a file chosen with dialog:save-experts. */
  'expert:export': channel(
    z.object({ path: ChosenPath, format: z.enum(EXPERT_FILE_FORMATS) }).strict(),
    z.object({ path: z.string(), count: z.number().int().min(0), sha256: z.string() }),
  ),

  'consultation:list': channel(z.object({ caseId: Id }).strict(), z.array(ConsultationView)),
  'consultation:get': channel(z.object({ id: Id }).strict(), ConsultationView),
  'consultation:add': channel(z.object({ caseId: Id, fields: Fields }).strict(), ConsultationView),
  'consultation:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ConsultationView,
  ),
  /**
   * Generates the request letter (PDF, with the objects' Object ID sheets and photos) into a file
   * chosen with dialog:save-pdf, and records its SHA-256 on the consultation (audited).
   */
  'consultation:letter': channel(
    z.object({ id: Id, path: ChosenPath }).strict(),
    z.object({
      path: z.string(),
      sha256: z.string(),
      bytes: z.number().int(),
      pages: z.number().int(),
      consultation: ConsultationView,
    }),
  ),

  /** An object's opinions, oldest first, and the summary of what they say. */
  'opinion:for-object': channel(z.object({ objectId: Id }).strict(), ObjectOpinions),
  'opinion:for-case': channel(z.object({ caseId: Id }).strict(), z.array(OpinionView)),
  'opinion:add': channel(z.object({ fields: Fields }).strict(), OpinionView),
  'opinion:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    OpinionView,
  ),
};
