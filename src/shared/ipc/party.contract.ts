import { z } from 'zod';
import { Id, Line } from '../domain/common';
import { CaseParty, PartyRecord } from '../domain/party';
import {
  CasePartyRow,
  MergeResult,
  PARTY_LIST_SORTS,
  PartyKind,
  PartyListItem,
  PartyView,
  UnmergeResult,
} from '../domain/party-views';
import { channel } from './define';

/** Fields are checked in full by the core (PartyFields); the contract checks the envelope. */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);

export const partyContract = {
  'party:list': channel(
    z
      .object({
        text: z.string().max(200).optional(),
        kind: PartyKind.nullable().optional(),
        caseId: Id.nullable().optional(),
        sort: z.enum(PARTY_LIST_SORTS).optional(),
        direction: z.enum(['asc', 'desc']).optional(),
      })
      .strict(),
    z.array(PartyListItem),
  ),
  'party:get': channel(z.object({ id: Id }).strict(), PartyView),
  'party:create': channel(z.object({ fields: Fields }).strict(), PartyRecord),
  'party:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    PartyRecord,
  ),
  'party:assign-role': channel(
    z.object({ caseId: Id, partyId: Id, role: z.string().max(64), note: Line.optional() }).strict(),
    CaseParty,
  ),
  'party:remove-role': channel(z.object({ casePartyId: Id }).strict(), CaseParty),
  'party:of-case': channel(z.object({ caseId: Id }).strict(), z.array(CasePartyRow)),
  'party:merge': channel(
    z.object({ keepId: Id, mergeId: Id, keepVersion: Version, mergeVersion: Version }).strict(),
    MergeResult,
  ),
  'party:unmerge': channel(z.object({ partyId: Id }).strict(), UnmergeResult),
};
