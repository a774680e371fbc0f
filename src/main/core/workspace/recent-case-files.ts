import path from 'node:path';
import { z } from 'zod';
import { RecentCaseFileSchema, type RecentCaseFile } from '../../../shared/ipc/schemas';
import { JsonStore } from './json-store';

const MAX_RECENT = 10;

/** Paths of case files opened on this device (no names, operators or content), newest first. */
export class RecentCaseFiles {
  private readonly store: JsonStore<z.ZodArray<typeof RecentCaseFileSchema>>;

  constructor(userDataDir: string) {
    this.store = new JsonStore(
      path.join(userDataDir, 'recent-case-files.json'),
      z.array(RecentCaseFileSchema),
      [],
    );
  }

  list(): RecentCaseFile[] {
    return this.store.read();
  }

  remember(caseFilePath: string, at: Date): void {
    const entry = {
      path: caseFilePath,
      name: path.basename(caseFilePath),
      lastOpenedAt: at.toISOString(),
    };
    this.store.write(
      [entry, ...this.list().filter((r) => r.path !== caseFilePath)].slice(0, MAX_RECENT),
    );
  }

  forget(caseFilePath: string): RecentCaseFile[] {
    return this.store.write(this.list().filter((r) => r.path !== caseFilePath));
  }

  clear(): void {
    this.store.write([]);
  }
}
