import { z } from 'zod';
import { channel, NoInput } from './define';
import { OperatorName, OperatorSchema, Passphrase } from './schemas';

export const operatorContract = {
  'operator:list': channel(NoInput, z.array(OperatorSchema)),
  'operator:add': channel(
    z.object({ name: OperatorName, passphrase: Passphrase }).strict(),
    OperatorSchema,
  ),
  'operator:remove': channel(z.object({ name: OperatorName }).strict(), z.array(OperatorSchema)),
  'operator:change-passphrase': channel(
    z.object({ oldPassphrase: Passphrase, newPassphrase: Passphrase }).strict(),
    z.object({ changed: z.literal(true) }),
  ),
};
