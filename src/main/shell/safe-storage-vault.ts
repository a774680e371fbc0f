import type { SafeStorage } from 'electron';
import type { DeviceVault } from '../core/workspace/remembered-keys';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/**
 * Electron safeStorage as the device vault. On Linux, Chromium falls back to `basic_text` (a
 * hard-coded key: plaintext in effect) when no Secret Service or KWallet is running; that, and
 * an unknown backend, are refused.
 */
export function safeStorageVault(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): DeviceVault {
  return {
    check: () => {
      if (!safeStorage.isEncryptionAvailable()) {
        return {
          ok: false,
          reason: 'the operating system offers no encrypted storage for this user.',
        };
      }
      if (platform === 'linux') {
        const backend = safeStorage.getSelectedStorageBackend();
        if (backend === 'basic_text' || backend === 'unknown') {
          return {
            ok: false,
            reason:
              'no system keyring (Secret Service or KWallet) is running, so the key would be stored in plaintext.',
          };
        }
      }
      return { ok: true };
    },
    seal: (plain) => safeStorage.encryptString(plain),
    unseal: (sealed) => safeStorage.decryptString(sealed),
  };
}
