import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DeviceVault } from '../../src/main/core/workspace/remembered-keys';

/** Stands in for the OS keyring: AES-256-GCM under a key that lives only in this process. */
export function testVault(): DeviceVault {
  const key = randomBytes(32);
  return {
    check: () => ({ ok: true }),
    seal: (plain) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    unseal: (sealed) => {
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    },
  };
}
