import { z } from 'zod';
import { Id } from './common';
import { TimeSpan } from './time-span';

/**
 * The case's timeline: everything dated in the case on one axis. Uncertain dates keep their four
 * points so the screen can draw them as ranges.
 */
export const TIMELINE_KINDS = [
  'provenance',
  'seizure',
  'custody',
  'document',
  'claim',
  'case_status',
  'payment',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TimelineItem = z.object({
  id: Id,
  kind: z.enum(TIMELINE_KINDS),
  /** The sub-type: the event type, custody action, document type… (a code to translate). */
  type: z.string(),
  /** Short label (party names, exhibit number, document number). */
  label: z.string(),
  span: TimeSpan,
  objectIds: z.array(Id),
  partyIds: z.array(Id),
  /** True when the span is a range, not a known day. */
  uncertain: z.boolean(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const Timeline = z.object({
  caseId: Id,
  items: z.array(TimelineItem),
  /** Labels of the objects and parties the items name, for the filters. */
  objects: z.array(z.object({ id: Id, label: z.string() })),
  parties: z.array(z.object({ id: Id, label: z.string() })),
});
export type Timeline = z.infer<typeof Timeline>;
