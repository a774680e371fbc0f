import { z } from 'zod';
import { Id } from '../domain/common';
import { FindingsReport } from '../domain/finding';
import { ClaimRecord, ProvenanceChain, ProvenanceEventRecord } from '../domain/provenance';
import { Timeline } from '../domain/timeline';
import { channel } from './define';

/** Fields are checked in full by the core (ProvenanceEventFields, ClaimFields). */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);

export const provenanceContract = {
  'provenance:chain': channel(z.object({ objectId: Id }).strict(), ProvenanceChain),
  /** Adds an event at `position` (1 first; the end when not given). */
  'provenance:add-event': channel(
    z
      .object({ objectId: Id, position: z.number().int().min(1).optional(), fields: Fields })
      .strict(),
    ProvenanceEventRecord,
  ),
  'provenance:update-event': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ProvenanceEventRecord,
  ),
  /** Puts the object's events in the given order (every event exactly once). */
  'provenance:reorder': channel(
    z.object({ objectId: Id, order: z.array(Id).min(1).max(10_000) }).strict(),
    ProvenanceChain,
  ),
  /** Removes an event recorded by mistake (audited with its content). */
  'provenance:remove-event': channel(
    z.object({ id: Id, version: Version }).strict(),
    ProvenanceChain,
  ),

  'claim:add': channel(z.object({ objectId: Id, fields: Fields }).strict(), ClaimRecord),
  'claim:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ClaimRecord,
  ),

  /** Every rule of the findings registry run over the case (or one object of it). */
  'findings:list': channel(
    z.object({ caseId: Id, objectId: Id.optional() }).strict(),
    FindingsReport,
  ),

  'timeline:case': channel(z.object({ caseId: Id }).strict(), Timeline),
};
