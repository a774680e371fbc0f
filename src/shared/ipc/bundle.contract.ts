import { z } from 'zod';
import { Id } from '../domain/common';
import { channel } from './define';
import { PathSchema } from './schemas';

/** Counts of records per bundle section (`cases`, `objects`, `attachments`…). */
const SectionCounts = z.record(z.string(), z.number().int().min(0));

/**
 * Case bundles: one JSON file with cases and everything recorded about them, to hand to another
 * unit (src/shared/domain/bundle.ts). The path comes from dialog:save-bundle / dialog:open-bundle.
 * A refused import is INVALID_INPUT with `details.issues` [{ path, message }] naming every problem
 * by its JSON path (`objects[3].typeL1`), and nothing imported.
 */
export const bundleContract = {
  'bundle:export': channel(
    z
      .object({
        caseIds: z.array(Id).min(1).max(1000),
        path: PathSchema,
        /** 'inline': files as base64 inside the JSON; 'files': side files in `<name>.files/`. */
        attachments: z.enum(['inline', 'files']),
      })
      .strict(),
    z.object({
      file: z.string(),
      cases: z.number().int().min(0),
      objects: z.number().int().min(0),
      attachments: z.number().int().min(0),
      bytes: z.number().int().min(0),
    }),
  ),
  'bundle:import': channel(
    z.object({ path: PathSchema }).strict(),
    z.object({ created: SectionCounts, unchanged: SectionCounts }),
  ),
};
