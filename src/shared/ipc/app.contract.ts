import { z } from 'zod';
import { channel, NoInput } from './define';
import { PathSchema, RecentCaseFileSchema, SettingsSchema } from './schemas';

export const appContract = {
  'app:info': channel(NoInput, z.object({ version: z.string(), platform: z.string() })),
  'settings:get': channel(NoInput, SettingsSchema),
  'settings:set': channel(SettingsSchema.partial().strict(), SettingsSchema),
  'recent:list': channel(NoInput, z.array(RecentCaseFileSchema)),
  'recent:forget': channel(z.object({ path: PathSchema }).strict(), z.array(RecentCaseFileSchema)),
};
