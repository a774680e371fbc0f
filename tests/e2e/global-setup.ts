import { ensureBuilt } from './support/build';

/** Builds out/ once when it is missing or older than the sources. */
export default function globalSetup(): void {
  ensureBuilt();
}
