import { z } from 'zod';
import { Id, IsoDate, Line, Text } from '../domain/common';
import { LegalStatus, ObjectRecord } from '../domain/object';
import {
  CustodyEntryView,
  CustodyView,
  ExternalCheckView,
  ObjectListFilters,
  ObjectPage,
  ObjectView,
  OBJECT_LIST_MAX,
  OBJECT_LIST_SORTS,
  SeizureSummary,
  SeizureView,
  SPLIT_MAX,
  SplitResult,
} from '../domain/object-views';
import { SeizureRecord } from '../domain/seizure';
import { channel } from './define';

/** Fields are checked in full by the core (SeizureFields, ObjectFields…); the contract checks the envelope. */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);

export const objectContract = {
  'seizure:list': channel(z.object({ caseId: Id }).strict(), z.array(SeizureSummary)),
  'seizure:get': channel(z.object({ id: Id }).strict(), SeizureView),
  'seizure:create': channel(z.object({ caseId: Id, fields: Fields }).strict(), SeizureRecord),
  'seizure:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    SeizureRecord,
  ),

  'object:list': channel(
    z
      .object({
        caseId: Id,
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(OBJECT_LIST_MAX).optional(),
        sort: z.enum(OBJECT_LIST_SORTS).optional(),
        direction: z.enum(['asc', 'desc']).optional(),
        filters: ObjectListFilters.optional(),
      })
      .strict(),
    ObjectPage,
  ),
  'object:get': channel(z.object({ id: Id }).strict(), ObjectView),
  'object:create': channel(z.object({ caseId: Id, fields: Fields }).strict(), ObjectRecord),
  'object:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ObjectRecord,
  ),
  'object:split-lot': channel(
    z
      .object({
        lotId: Id,
        count: z.number().int().min(1).max(SPLIT_MAX).optional(),
        fields: Fields.optional(),
      })
      .strict(),
    SplitResult,
  ),
  'object:change-legal-status': channel(
    z
      .object({
        objectId: Id,
        version: Version,
        to: LegalStatus,
        on: IsoDate,
        reference: Line.optional(),
        note: Text.optional(),
      })
      .strict(),
    ObjectRecord,
  ),
  'object:add-check': channel(
    z.object({ objectId: Id, fields: Fields }).strict(),
    ExternalCheckView,
  ),
  'object:update-check': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ExternalCheckView,
  ),
  'object:add-custody': channel(
    z.object({ objectId: Id, fields: Fields }).strict(),
    z.object({ entry: CustodyEntryView, custody: CustodyView }),
  ),
};
