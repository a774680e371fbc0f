import { describe, expect, it } from 'vitest';
import { safeStorageVault, type SafeStorageLike } from '../../src/main/shell/safe-storage-vault';

function fakeSafeStorage(available: boolean, backend: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () =>
      backend as ReturnType<SafeStorageLike['getSelectedStorageBackend']>,
    encryptString: (s: string) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
    decryptString: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
  };
}

describe('safeStorage as the device vault', () => {
  it("refuses Linux's plaintext basic_text backend and an unknown one", () => {
    for (const backend of ['basic_text', 'unknown']) {
      const verdict = safeStorageVault(fakeSafeStorage(true, backend), 'linux').check();
      expect(verdict.ok, backend).toBe(false);
      expect(verdict.ok ? '' : verdict.reason).toMatch(/plaintext/);
    }
  });

  it('accepts a real keyring on Linux and the platform store elsewhere', () => {
    expect(safeStorageVault(fakeSafeStorage(true, 'gnome_libsecret'), 'linux').check().ok).toBe(
      true,
    );
    expect(safeStorageVault(fakeSafeStorage(true, 'kwallet5'), 'linux').check().ok).toBe(true);
    expect(safeStorageVault(fakeSafeStorage(true, 'unknown'), 'win32').check().ok).toBe(true);
  });

  it('refuses when the OS offers no encryption at all', () => {
    expect(safeStorageVault(fakeSafeStorage(false, 'gnome_libsecret'), 'linux').check().ok).toBe(
      false,
    );
    expect(safeStorageVault(fakeSafeStorage(false, ''), 'win32').check().ok).toBe(false);
  });

  it('seals and unseals through safeStorage', () => {
    const vault = safeStorageVault(fakeSafeStorage(true, 'gnome_libsecret'), 'linux');
    const sealed = vault.seal('{"dataKey":"00"}');
    expect(sealed.toString()).not.toContain('dataKey');
    expect(vault.unseal(sealed)).toBe('{"dataKey":"00"}');
  });
});
