import { z } from 'zod';
import { Id } from '../domain/common';
import {
  CatalogueImportResult,
  CatalogueVersion,
  Indicator,
  ObservationView,
  RedList,
  RedListMatchRecord,
  RiskOverview,
  Suggestion,
} from '../domain/indicator';
import { channel } from './define';

/**
 * Trafficking indicators (issue #8): the versioned catalogue, ICOM Red Lists and objects' matches,
 * observations, suggestions from the findings registry (accepted or dismissed by a person, never
 * recorded silently) and the risk overview. The core parses fields in full and names each refused
 * one. Catalogue files are read and written only where a dialog handed out the path.
 */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);
const ChosenPath = z.string().min(1).max(4096);

export const INDICATOR_FILE_FORMATS = ['json', 'csv'] as const;

export const indicatorContract = {
  'indicator:versions': channel(z.object({}).strict(), z.array(CatalogueVersion)),
  /** A version's indicators (the current version when none is named), in catalogue order. */
  'indicator:catalogue': channel(
    z.object({ versionId: Id.optional() }).strict(),
    z.object({ version: CatalogueVersion, indicators: z.array(Indicator) }),
  ),
  /**
   * Makes a new version from a catalogue file chosen with dialog:open-indicators: "replace" takes
   * the file as the whole catalogue, "extend" adds its indicators to the current version (same
   * code = the file's wording). A file with any error is refused whole, with reasons.
   */
  'indicator:import': channel(
    z.object({ path: ChosenPath, mode: z.enum(['replace', 'extend']) }).strict(),
    CatalogueImportResult,
  ),
  'indicator:export': channel(
    z
      .object({
        path: ChosenPath,
        format: z.enum(INDICATOR_FILE_FORMATS),
        versionId: Id.optional(),
      })
      .strict(),
    z.object({ path: z.string(), count: z.number().int(), sha256: z.string() }),
  ),
  /** Saves an edited catalogue (the whole list) as a new version based on `baseVersionId`. */
  'indicator:save-version': channel(
    z
      .object({
        baseVersionId: Id,
        name: z.string().max(500),
        indicators: z.array(z.unknown()).max(2000),
      })
      .strict(),
    CatalogueImportResult,
  ),

  'redlist:lists': channel(z.object({}).strict(), z.array(RedList)),
  'redlist:matches': channel(z.object({ objectId: Id }).strict(), z.array(RedListMatchRecord)),
  'redlist:add-match': channel(z.object({ fields: Fields }).strict(), RedListMatchRecord),
  'redlist:update-match': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    RedListMatchRecord,
  ),

  'observation:list': channel(
    z.object({ caseId: Id, objectId: Id.optional() }).strict(),
    z.array(ObservationView),
  ),
  'observation:add': channel(z.object({ caseId: Id, fields: Fields }).strict(), ObservationView),
  'observation:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ObservationView,
  ),

  /** What the case's data shows, each suggestion explained by its finding, with its decision. */
  'suggestion:list': channel(
    z.object({ caseId: Id, objectId: Id.optional() }).strict(),
    z.array(Suggestion),
  ),
  /** Records the suggestion as an observation citing the finding's evidence (plus any given). */
  'suggestion:accept': channel(
    z
      .object({
        caseId: Id,
        key: z.string().min(1).max(300),
        status: z.enum(['suspected', 'confirmed']).optional(),
        note: z.string().max(100_000).optional(),
        evidence: z.array(z.unknown()).max(100).optional(),
      })
      .strict(),
    ObservationView,
  ),
  'suggestion:dismiss': channel(
    z
      .object({ caseId: Id, key: z.string().min(1).max(300), reason: z.string().max(100_000) })
      .strict(),
    Suggestion,
  ),

  /** The risk of the case, or of one object of it, as of the clock's day. */
  'risk:overview': channel(
    z.object({ caseId: Id, objectId: Id.optional() }).strict(),
    RiskOverview,
  ),
};
