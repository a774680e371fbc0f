import path from 'node:path';
import { z } from 'zod';
import type { CaseFileSession } from '../case-file/session';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { JsonStore } from './json-store';

/**
 * "Remember on this device": the OS keyring (Electron safeStorage: DPAPI on Windows, the Secret
 * Service or KWallet on Linux) seals a case file's data key for one operator, so that operator can
 * unlock without typing the passphrase on this workstation. Off unless the person asks for it;
 * refused when the platform would store it in plaintext.
 */
export interface DeviceVault {
  /** Whether sealing is safe here; the reason in words when it is not. */
  check(): { ok: true } | { ok: false; reason: string };
  seal(plain: string): Buffer;
  unseal(sealed: Buffer): string;
}

/** The default outside Electron (CLI, tests that do not provide one): nothing can be remembered. */
export const NO_DEVICE_VAULT: DeviceVault = {
  check: () => ({ ok: false, reason: 'This program has no access to a system keyring.' }),
  seal: () => {
    throw new Error('no device vault');
  },
  unseal: () => {
    throw new Error('no device vault');
  },
};

const EntrySchema = z.object({ path: z.string(), sealed: z.base64() });
const SealedSchema = z.object({
  caseFileId: z.string(),
  operatorId: z.string(),
  operatorName: z.string(),
  dataKey: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface Remembered {
  caseFileId: string;
  operatorId: string;
  operatorName: string;
  dataKey: Buffer;
}

export class RememberedKeys {
  private readonly store: JsonStore<z.ZodArray<typeof EntrySchema>>;

  constructor(
    userDataDir: string,
    private readonly vault: DeviceVault,
  ) {
    this.store = new JsonStore(
      path.join(userDataDir, 'remembered-keys.json'),
      z.array(EntrySchema),
      [],
    );
  }

  /** What this device remembers for the case file at `caseFilePath`, or null. */
  get(caseFilePath: string): Remembered | null {
    const entry = this.store.read().find((e) => e.path === path.resolve(caseFilePath));
    if (!entry || !this.vault.check().ok) return null;
    try {
      const parsed = SealedSchema.safeParse(
        JSON.parse(this.vault.unseal(Buffer.from(entry.sealed, 'base64'))),
      );
      if (!parsed.success) return null;
      const { dataKey, ...rest } = parsed.data;
      return { ...rest, dataKey: Buffer.from(dataKey, 'hex') };
    } catch {
      // Sealed by another user or keyring: it cannot be opened here, so it is as good as absent.
      return null;
    }
  }

  remember(session: CaseFileSession): void {
    const verdict = this.vault.check();
    if (!verdict.ok) {
      throw new CaseFileError(
        CaseFileErrorCode.DeviceStorageUnsafe,
        `Not remembered: ${verdict.reason}`,
      );
    }
    if (session.actor.operatorId === null) {
      throw new CaseFileError(
        CaseFileErrorCode.InvalidInput,
        'Unlocked with the recovery key: unlock as an operator to remember it.',
      );
    }
    const sealed = session.withDataKey((key) =>
      this.vault.seal(
        JSON.stringify({
          caseFileId: session.caseFileId,
          operatorId: session.actor.operatorId,
          operatorName: session.actor.operatorName,
          dataKey: key.toString('hex'),
        }),
      ),
    );
    const at = session.layout.dir;
    this.store.write([
      { path: at, sealed: sealed.toString('base64') },
      ...this.store.read().filter((e) => e.path !== at),
    ]);
  }

  forget(caseFilePath: string): void {
    const at = path.resolve(caseFilePath);
    this.store.write(this.store.read().filter((e) => e.path !== at));
  }
}
