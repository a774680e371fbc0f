import { z } from 'zod';
import { Id } from './common';
import { CaseParty, PartyRecord } from './party';

/**
 * What the core answers about parties (lists, a party's roles across cases, merges). The records
 * themselves are in ./party.ts.
 */

export const PARTY_KINDS = ['person', 'organisation'] as const;
export const PartyKind = z.enum(PARTY_KINDS);

/** Same values as PartyFields' `flags`. */
export const PartyFlag = z.enum(['pep', 'sanctioned']);

/** Enough of a party to name it in a row. */
export const PartySummary = z.object({
  id: Id,
  kind: PartyKind,
  name: z.string(),
  flags: z.array(PartyFlag),
});
export type PartySummary = z.infer<typeof PartySummary>;

export const PARTY_LIST_SORTS = ['name', 'updated', 'otherCases'] as const;

export const PartyListItem = PartySummary.extend({
  /** Roles in the case the list was asked for (empty without one). */
  roles: z.array(z.string()),
  /** How many other cases (all cases, without a case) the party has a role in. */
  otherCases: z.number().int().min(0),
  version: z.number().int().min(1),
  updatedAt: z.string(),
});
export type PartyListItem = z.infer<typeof PartyListItem>;

export const CaseRoles = z.object({
  caseId: Id,
  reference: z.string(),
  title: z.string(),
  roles: z.array(z.string()),
});
export type CaseRoles = z.infer<typeof CaseRoles>;

/** One role of a party in a case, with the party's roles in the other cases ("appears in N other cases"). */
export const CasePartyRow = z.object({
  caseParty: CaseParty,
  party: PartySummary,
  otherCases: z.array(CaseRoles),
});
export type CasePartyRow = z.infer<typeof CasePartyRow>;

export const PartyRoleView = z.object({
  caseParty: CaseParty,
  reference: z.string(),
  title: z.string(),
});
export type PartyRoleView = z.infer<typeof PartyRoleView>;

export const PartyView = z.object({
  record: PartyRecord,
  /** Roles in every case, by case reference. */
  roles: z.array(PartyRoleView),
  /** The party this one lives on as, when it was merged. */
  mergedInto: PartySummary.nullable(),
  /** Parties merged into this one (each can be unmerged). */
  mergedFrom: z.array(PartySummary),
});
export type PartyView = z.infer<typeof PartyView>;

export const MergeResult = z.object({
  kept: PartyRecord,
  merged: PartyRecord,
  /** Roles of the merged party now held by the kept one. */
  moved: z.array(CaseParty),
  /** Roles of the merged party the kept one already had in the same case (removed). */
  dropped: z.array(CaseParty),
  /** Names of the merged party the kept one does not carry yet, to offer as aliases. */
  suggestedAliases: z.array(z.string()),
});
export type MergeResult = z.infer<typeof MergeResult>;

export const UnmergeResult = z.object({
  party: PartyRecord,
  kept: PartyRecord,
  movedBack: z.array(CaseParty),
  restored: z.array(CaseParty),
});
export type UnmergeResult = z.infer<typeof UnmergeResult>;
