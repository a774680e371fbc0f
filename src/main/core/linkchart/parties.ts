/**
 * The party directory as the link chart reads it: each party once, merged parties resolved to
 * the party they were merged into.
 */
import type { Sqlite } from '../store/sqlite';

/** A directory party as the chart shows it: merged parties resolved to the one they joined. */
export interface PartyInfo {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  organisationType: string | null;
  flags: string[];
}

/** Reads parties once each, following `merged_into` to the surviving party. */
export class PartyDirectory {
  readonly #read;
  readonly #cache = new Map<string, PartyInfo | null>();

  constructor(db: Sqlite) {
    this.#read = db.prepare(
      `SELECT id, kind, name, merged_into, json_extract(data, '$.organisationType') AS org_type,
              json_extract(data, '$.flags') AS flags
       FROM party WHERE id = ?`,
    );
  }

  resolve(id: string): PartyInfo | null {
    const cached = this.#cache.get(id);
    if (cached !== undefined) return cached;
    type Row = {
      id: string;
      kind: 'person' | 'organisation';
      name: string;
      merged_into: string | null;
      org_type: string | null;
      flags: string | null;
    };
    let row = this.#read.get(id) as Row | undefined;
    const seen = new Set([id]);
    while (row?.merged_into && !seen.has(row.merged_into)) {
      seen.add(row.merged_into);
      const next = this.#read.get(row.merged_into) as Row | undefined;
      if (!next) break;
      row = next;
    }
    const info: PartyInfo | null = row
      ? {
          id: row.id,
          kind: row.kind,
          name: row.name,
          organisationType: row.org_type,
          flags: row.flags ? (JSON.parse(row.flags) as string[]) : [],
        }
      : null;
    this.#cache.set(id, info);
    return info;
  }
}
