import { z } from 'zod';
import {
  CASE_LINK_RELATIONS,
  CaseLink,
  CaseLinkView,
  CaseRecord,
  CaseStatus,
  CaseStatusChange,
  CaseSummary,
  JournalEntry,
} from '../domain/case';
import { DateTime, Id, IsoDate, Line, Text } from '../domain/common';
import { VOCABULARY_KINDS } from '../domain/vocabularies';
import { channel, NoInput } from './define';

/** Fields are checked in full by the core (CaseFields); the contract checks the envelope. */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);

export const VocabularyItem = z.object({
  kind: z.enum(VOCABULARY_KINDS),
  code: z.string(),
  parent: z.string().nullable(),
  label: z.string(),
  source: z.string().nullable(),
  builtin: z.boolean(),
  retired: z.boolean(),
});

export const caseContract = {
  'case:list': channel(
    z
      .object({
        status: z.array(CaseStatus).max(5).optional(),
        offence: z.string().max(64).nullable().optional(),
        openedFrom: IsoDate.nullable().optional(),
        openedTo: IsoDate.nullable().optional(),
        sort: z.enum(['reference', 'title', 'openedOn', 'status']).optional(),
        direction: z.enum(['asc', 'desc']).optional(),
      })
      .strict(),
    z.array(CaseSummary),
  ),
  'case:get': channel(
    z.object({ id: Id }).strict(),
    z.object({
      record: CaseRecord,
      statusHistory: z.array(CaseStatusChange),
      links: z.array(CaseLinkView),
    }),
  ),
  'case:create': channel(z.object({ fields: Fields }).strict(), CaseRecord),
  'case:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    CaseRecord,
  ),
  'case:change-status': channel(
    z
      .object({ id: Id, version: Version, to: CaseStatus, on: IsoDate, note: Text.optional() })
      .strict(),
    CaseRecord,
  ),
  'case:suggest-reference': channel(
    NoInput,
    z.object({ reference: z.string(), pattern: z.string() }),
  ),
  'case:set-reference-pattern': channel(
    z.object({ pattern: z.string().max(60) }).strict(),
    z.object({ pattern: z.string() }),
  ),
  'case:link': channel(
    z
      .object({
        caseId: Id,
        otherCaseId: Id,
        relation: z.enum(CASE_LINK_RELATIONS),
        note: Line.optional(),
      })
      .strict(),
    CaseLink,
  ),
  'case:unlink': channel(z.object({ linkId: Id }).strict(), z.object({ removed: z.literal(true) })),
  'case:journal': channel(z.object({ caseId: Id }).strict(), z.array(JournalEntry)),
  'case:add-note': channel(
    z.object({ caseId: Id, at: DateTime, body: Text }).strict(),
    JournalEntry,
  ),
  'case:edit-note': channel(
    z.object({ id: Id, version: Version, at: DateTime, body: Text }).strict(),
    JournalEntry,
  ),

  'vocab:list': channel(
    z.object({ kind: z.enum(VOCABULARY_KINDS).optional() }).strict(),
    z.array(VocabularyItem),
  ),
  'vocab:add': channel(
    z
      .object({
        kind: z.enum(VOCABULARY_KINDS),
        code: z.string().max(64),
        label: z.string().max(500),
        parent: z.string().max(64).nullable().optional(),
      })
      .strict(),
    VocabularyItem,
  ),
  'vocab:set-retired': channel(
    z
      .object({ kind: z.enum(VOCABULARY_KINDS), code: z.string().max(64), retired: z.boolean() })
      .strict(),
    VocabularyItem,
  ),
};
