import path from 'node:path';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/**
 * The files a person chose in a native dialog, and only those, may be read or written on the
 * renderer's request (photos to add, a bundle to import, where to export one). The renderer names
 * a path; main checks that a dialog handed it out, so a compromised page cannot make main read
 * ~/.ssh or overwrite a file it picked itself. Each grant is used once.
 */
export class ChosenPaths {
  readonly #granted = new Map<string, string>();

  grant(paths: readonly string[], purpose: string): void {
    for (const p of paths) this.#granted.set(path.resolve(p), purpose);
  }

  /** Consumes the grant for `p`; throws FORBIDDEN-like NOT_ALLOWED when there is none. */
  take(p: string, purpose: string): string {
    const resolved = path.resolve(p);
    if (this.#granted.get(resolved) !== purpose) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        'This file was not chosen in a dialog for this purpose; choose it again.',
        { purpose },
      );
    }
    this.#granted.delete(resolved);
    return resolved;
  }
}
