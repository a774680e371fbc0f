import path from 'node:path';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/**
 * The files a person chose in a native dialog, and only those, may be read or written on the
 * renderer's request (photos to add, a bundle to import, where to export one). The renderer names
 * a path; main checks that a dialog handed it out, so a compromised page cannot make main read
 * ~/.ssh or overwrite a file it picked itself. Each grant is used once: `take` spends it at once;
 * `spendOnSuccess` spends it only when the work done with the file succeeds, so a refusal (a
 * field to correct) does not make the person choose the file again.
 */
export class ChosenPaths {
  readonly #granted = new Map<string, string>();

  grant(paths: readonly string[], purpose: string): void {
    for (const p of paths) this.#granted.set(path.resolve(p), purpose);
  }

  /** Consumes the grant for `p`; throws FORBIDDEN-like NOT_ALLOWED when there is none. */
  take(p: string, purpose: string): string {
    const resolved = this.#require(p, purpose);
    this.#granted.delete(resolved);
    return resolved;
  }

  /**
   * Runs `work` with the granted path and consumes the grant when it succeeds; when it throws,
   * the grant stays for the next attempt. Refused like `take` when there is no grant.
   */
  async spendOnSuccess<T>(
    p: string,
    purpose: string,
    work: (resolved: string) => Promise<T>,
  ): Promise<T> {
    const resolved = this.#require(p, purpose);
    const result = await work(resolved);
    if (this.#granted.get(resolved) === purpose) this.#granted.delete(resolved);
    return result;
  }

  #require(p: string, purpose: string): string {
    const resolved = path.resolve(p);
    if (this.#granted.get(resolved) !== purpose) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        'This file was not chosen in a dialog for this purpose; choose it again.',
        { purpose },
      );
    }
    return resolved;
  }
}
