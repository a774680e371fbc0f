import { sql, type Kysely } from 'kysely';

/**
 * Photos get a third stored derivative, 'print': reduced for PDF reports (a baseline JPEG of at
 * most 800 px, made on ingest, or from the preview on a photo's first report), so that a dossier
 * of hundreds of photos never decodes previews again. SQLite cannot alter a CHECK constraint, so
 * the table is rebuilt with its rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);

  await run(sql`
    CREATE TABLE image_derivative_new (
      blob_id    INTEGER NOT NULL REFERENCES blob (id),
      kind       TEXT NOT NULL CHECK (kind IN ('thumb', 'preview', 'print')),
      media_type TEXT NOT NULL,
      width      INTEGER NOT NULL,
      height     INTEGER NOT NULL,
      data       BLOB NOT NULL,
      PRIMARY KEY (blob_id, kind)
    ) STRICT`);
  await run(sql`INSERT INTO image_derivative_new SELECT * FROM image_derivative`);
  await run(sql`DROP TABLE image_derivative`);
  await run(sql`ALTER TABLE image_derivative_new RENAME TO image_derivative`);
}
