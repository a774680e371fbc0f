import { z } from 'zod';

/** Messages the main process pushes to the renderer. */
export const eventContract = {
  'casefile:locked': z.object({ reason: z.enum(['user', 'idle', 'suspend', 'screen-lock']) }),
  'task:progress': z.object({
    task: z.enum(['verify', 'backup', 'statement-import', 'report']),
    /**
     * Verify: the check running; backup: copy → verify → record; statement import: read →
     * validate → import (rows done of total); all end with `done`.
     */
    step: z.enum([
      'database',
      'foreign-keys',
      'schema',
      'audit-chain',
      'attachments',
      'copy',
      'verify',
      'record',
      'read',
      'validate',
      'import',
      'collect',
      'images',
      'layout',
      'done',
    ]),
    done: z.number().int().min(0),
    total: z.number().int().min(1),
  }),
  /** The application menu asked the renderer to do something. */
  'menu:command': z.object({
    command: z.enum(['open', 'new', 'lock', 'search', 'verify', 'backup']),
  }),
};

export type EventName = keyof typeof eventContract;
export type EventPayload<E extends EventName> = z.infer<(typeof eventContract)[E]>;
