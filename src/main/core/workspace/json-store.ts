import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../support/durable-fs';

/**
 * A small JSON document in the app's data folder (settings, recent case files). Unreadable or
 * invalid content falls back to the default: these are preferences, never evidence.
 */
export class JsonStore<S extends z.ZodType> {
  constructor(
    private readonly file: string,
    private readonly schema: S,
    private readonly fallback: z.output<S>,
  ) {}

  read(): z.output<S> {
    try {
      const parsed = this.schema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : this.fallback;
    } catch {
      return this.fallback;
    }
  }

  write(value: z.output<S>): z.output<S> {
    const valid = this.schema.parse(value);
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, `${JSON.stringify(valid, null, 2)}\n`);
    return valid;
  }
}
