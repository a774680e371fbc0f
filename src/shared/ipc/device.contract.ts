import { z } from 'zod';
import { channel, NoInput } from './define';
import { PathSchema } from './schemas';

/**
 * "Remember on this device" (off by default): the OS keyring keeps the case file's key for the
 * operator who asked, on this workstation only. Refused where the keyring would store it in
 * plaintext.
 */
export const deviceContract = {
  'device:status': channel(
    z.object({ path: PathSchema }).strict(),
    z.object({
      available: z.boolean(),
      reason: z.string().nullable(),
      remembered: z.object({ operatorName: z.string() }).nullable(),
    }),
  ),
  /** Remember the open case file for the operator who unlocked it. */
  'device:remember': channel(NoInput, z.object({ remembered: z.literal(true) })),
  'device:forget': channel(
    z.object({ path: PathSchema }).strict(),
    z.object({ remembered: z.literal(false) }),
  ),
};
