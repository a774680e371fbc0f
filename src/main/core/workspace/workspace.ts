import path from 'node:path';
import type { CaseFileStatus } from '../../../shared/ipc/casefile.contract';
import type { CaseFileSummary } from '../../../shared/ipc/schemas';
import { createCaseFile } from '../case-file/create';
import type { KdfCost } from '../case-file/key-slots';
import { recoverWithKey } from '../case-file/operators';
import type { CaseFileSession } from '../case-file/session';
import { RECOVERY_ACTOR, unlockCaseFile, type Credentials } from '../case-file/unlock';
import type { Runtime } from '../support/clock';
import { CaseFileError, CaseFileErrorCode, isCaseFileError } from '../support/errors';
import type { RecentCaseFiles } from './recent-case-files';
import type { RememberedKeys } from './remembered-keys';
import { UnlockThrottle } from './unlock-throttle';

export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock';

export interface WorkspaceOptions {
  runtime: Runtime;
  kdfCost?: KdfCost;
  recent: RecentCaseFiles;
  /** Read on every reset of the idle timer, so a settings change applies at once. */
  idleLockMs: () => number;
  rememberRecent: () => boolean;
  onLocked: (reason: LockReason) => void;
}

/**
 * The one case file open in this window, and the rules around it: one at a time, locked after
 * idle minutes, unlock attempts throttled, recently opened paths remembered (if allowed).
 */
export class Workspace {
  #session: CaseFileSession | null = null;
  #idleTimer: NodeJS.Timeout | null = null;
  #idleLockAt: Date | null = null;
  readonly #throttle = new UnlockThrottle();

  constructor(private readonly opts: WorkspaceOptions) {}

  status(): CaseFileStatus {
    return this.#session
      ? { state: 'unlocked', summary: summarise(this.#session) }
      : { state: 'locked' };
  }

  /** The open session; NO_CASE_FILE_OPEN when locked. */
  session(): CaseFileSession {
    if (!this.#session?.isOpen) {
      throw new CaseFileError(
        CaseFileErrorCode.NoCaseFileOpen,
        'No case file is open. Unlock one first.',
      );
    }
    return this.#session;
  }

  async create(input: { path: string; operatorName: string; passphrase: string }) {
    this.lock('user');
    const { session, recoveryKey } = await createCaseFile(input.path, {
      operatorName: input.operatorName,
      passphrase: input.passphrase,
      runtime: this.opts.runtime,
      ...(this.opts.kdfCost ? { kdfCost: this.opts.kdfCost } : {}),
    });
    return { summary: this.#opened(session), recoveryKey };
  }

  async unlock(input: {
    path: string;
    operatorName?: string;
    passphrase: string;
  }): Promise<CaseFileSummary> {
    return this.#attempt(input.path, () =>
      unlockCaseFile(
        input.path,
        { kind: 'passphrase', ...input } satisfies Credentials,
        this.opts.runtime,
      ),
    );
  }

  /** Unlocks with what this device remembered; a stale entry is dropped. */
  async unlockRemembered(
    caseFilePath: string,
    remembered: RememberedKeys,
  ): Promise<CaseFileSummary> {
    const r = remembered.get(caseFilePath);
    if (!r) {
      throw new CaseFileError(
        CaseFileErrorCode.NotFound,
        'Nothing is remembered for this case file on this device.',
      );
    }
    try {
      return await this.#attempt(caseFilePath, () =>
        unlockCaseFile(
          caseFilePath,
          {
            kind: 'device',
            caseFileId: r.caseFileId,
            operatorId: r.operatorId,
            dataKey: r.dataKey,
          },
          this.opts.runtime,
        ),
      );
    } catch (e) {
      if (isCaseFileError(e, CaseFileErrorCode.WrongCredentials)) remembered.forget(caseFilePath);
      throw e;
    } finally {
      r.dataKey.fill(0);
    }
  }

  async recover(input: {
    path: string;
    recoveryKey: string;
    operatorName: string;
    newPassphrase: string;
  }) {
    return this.#attempt(input.path, async () => {
      const kdf = this.opts.kdfCost ? { kdfCost: this.opts.kdfCost } : {};
      await recoverWithKey(input.path, { ...input, ...kdf }, this.opts.runtime);
      return unlockCaseFile(
        input.path,
        { kind: 'passphrase', operatorName: input.operatorName, passphrase: input.newPassphrase },
        this.opts.runtime,
      );
    });
  }

  lock(reason: LockReason): void {
    this.#clearIdleTimer();
    const session = this.#session;
    if (!session) return;
    this.#session = null;
    session.lock();
    this.opts.onLocked(reason);
  }

  /** The person did something: the idle lock moves. Returns when it will now happen. */
  activity(): { idleLockAt: string | null } {
    if (this.#session) this.#armIdleTimer();
    return { idleLockAt: this.#idleLockAt?.toISOString() ?? null };
  }

  dispose(): void {
    this.lock('user');
  }

  async #attempt(
    caseFilePath: string,
    open: () => Promise<CaseFileSession>,
  ): Promise<CaseFileSummary> {
    const key = path.resolve(caseFilePath);
    const now = Date.now();
    const wait = this.#throttle.waitMs(key, now);
    if (wait > 0) {
      throw new CaseFileError(
        CaseFileErrorCode.RateLimited,
        `Too many wrong attempts. Try again in ${Math.ceil(wait / 1000)} seconds.`,
        { retryAfterSeconds: Math.ceil(wait / 1000) },
      );
    }
    this.lock('user');
    try {
      const session = await open();
      this.#throttle.succeeded(key);
      return this.#opened(session);
    } catch (e) {
      if (
        isCaseFileError(e, CaseFileErrorCode.WrongCredentials) ||
        isCaseFileError(e, CaseFileErrorCode.InvalidRecoveryKey)
      ) {
        this.#throttle.failed(key, Date.now());
      }
      throw e;
    }
  }

  #opened(session: CaseFileSession): CaseFileSummary {
    this.#session = session;
    if (this.opts.rememberRecent())
      this.opts.recent.remember(session.layout.dir, this.opts.runtime.clock.now());
    this.#armIdleTimer();
    return summarise(session);
  }

  #armIdleTimer(): void {
    this.#clearIdleTimer();
    const ms = this.opts.idleLockMs();
    this.#idleLockAt = new Date(Date.now() + ms);
    this.#idleTimer = setTimeout(() => this.lock('idle'), ms);
    this.#idleTimer.unref?.();
  }

  #clearIdleTimer(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    this.#idleLockAt = null;
  }
}

function summarise(session: CaseFileSession): CaseFileSummary {
  return {
    path: session.layout.dir,
    name: path.basename(session.layout.dir),
    caseFileId: session.caseFileId,
    operatorName: session.actor.operatorName,
    operatorIsPerson: session.actor !== RECOVERY_ACTOR && session.actor.operatorId !== null,
  };
}
