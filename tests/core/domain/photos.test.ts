import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesSource,
  getAttachment,
  ingestAttachment,
  readAttachment,
  type CaseFileSession,
} from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { demoPhoto } from '../../../src/main/core/images';
import { createObject } from '../../../src/main/core/objects';
import {
  addPhoto,
  listPhotos,
  MAX_ORIGINAL_BYTES,
  movePhoto,
  photoImage,
  printImageOf,
  removePhoto,
  updatePhoto,
} from '../../../src/main/core/photos';
import { expectCaseFileError, newCaseFile, PASSPHRASE, tempDir } from '../../helpers/case-files';
import { ipcFixture, type IpcFixture } from '../../ipc/ipc-fixture';

const TAKEN_AT = '2026-02-10T09:15:00+01:00';
const OHRID = { lat: 41.1172, lon: 20.8016 };
let front: Buffer;
let back: Buffer;
let marking: Buffer;

beforeAll(async () => {
  [front, back, marking] = await Promise.all([
    demoPhoto('icon', { seed: 7, role: 'overall', takenAt: TAKEN_AT, gps: OHRID }),
    demoPhoto('icon', { seed: 7, role: 'detail' }),
    demoPhoto('icon', { seed: 7, role: 'marking' }),
  ]);
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function objectsOfCase() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0001',
    title: 'Icon of St Nicholas',
    openedOn: '2026-02-14',
  });
  const icon = createObject(session, c.id, { exhibitNumber: 'E-1', typeL1: 'religious' });
  const frame = createObject(session, c.id, { exhibitNumber: 'E-2', typeL1: 'religious' });
  return { session, icon, frame };
}

function counts(session: CaseFileSession) {
  const count = (table: string) =>
    session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    blob: count('blob'),
    attachment: count('attachment'),
    photo: count('object_photo'),
    info: count('image_info'),
    derivative: count('image_derivative'),
    audit: count('audit_log'),
  };
}

function auditSince(session: CaseFileSession, seq: number) {
  return (
    session.db
      .prepare(
        'SELECT action, entity_type, entity_id, changes FROM audit_log WHERE seq > ? ORDER BY seq',
      )
      .all(seq) as Array<{
      action: string;
      entity_type: string;
      entity_id: string;
      changes: string;
    }>
  ).map((r) => ({
    action: r.action,
    entity: `${r.entity_type}:${r.entity_id}`,
    changes: JSON.parse(r.changes) as Record<string, { before: unknown; after: unknown }>,
  }));
}

const lastSeq = (session: CaseFileSession) =>
  session.db.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get() as number;

function decode(dataUrl: string): { mediaType: string; bytes: Buffer } {
  const m = /^data:([^;]+);base64,(.*)$/s.exec(dataUrl);
  if (!m) throw new Error('not a base64 data URL');
  return { mediaType: m[1]!, bytes: Buffer.from(m[2]!, 'base64') };
}

describe('photos of objects', () => {
  it('adds a JPEG with what its EXIF says, derived images and an audit trail', async () => {
    const { session, icon } = await objectsOfCase();
    const seq = lastSeq(session);
    const photo = await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource('IMG_0412.JPG', front),
      role: 'overall',
      caption: '  Front, before cleaning ',
    });
    expect(photo).toMatchObject({
      objectId: icon.id,
      role: 'overall',
      caption: 'Front, before cleaning',
      position: 0,
      originalName: 'IMG_0412.JPG',
      mediaType: 'image/jpeg',
      sha256: sha256(front),
      size: front.length,
      takenAt: TAKEN_AT,
      camera: 'Custodia demo Evidence camera',
    });
    expect(photo.width).toBeGreaterThan(0);
    expect(photo.gps?.lat).toBeCloseTo(OHRID.lat, 4);
    expect(photo.gps?.lon).toBeCloseTo(OHRID.lon, 4);
    expect(listPhotos(session, icon.id)).toEqual([photo]);

    const audit = auditSince(session, seq);
    expect(audit.map((a) => [a.action, a.entity])).toEqual([
      ['attachment.ingest', `attachment:${photo.attachmentId}`],
      ['image.derive', `attachment:${photo.attachmentId}`],
      ['photo.add', `photo:${photo.id}`],
    ]);
    expect(audit[2]!.changes).toEqual({
      objectId: { before: null, after: icon.id },
      attachmentId: { before: null, after: photo.attachmentId },
      role: { before: null, after: 'overall' },
      caption: { before: null, after: 'Front, before cleaning' },
      position: { before: null, after: 0 },
    });
    expect(Object.keys(audit[1]!.changes).sort()).toEqual([
      'info',
      'preview',
      'print',
      'sha256',
      'thumb',
    ]);

    // Derived images: small, upright JPEGs without any metadata (no place, no camera).
    for (const size of ['thumb', 'preview'] as const) {
      const image = await photoImage(session, { attachmentId: photo.attachmentId, size });
      const { mediaType, bytes } = decode(image.dataUrl);
      expect(mediaType).toBe('image/jpeg');
      expect(image.original).toBe(false);
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(size === 'thumb' ? 320 : 1600);
      expect([meta.width, meta.height]).toEqual([image.width, image.height]);
      expect(bytes.length).toBeLessThan(front.length);
    }
    // The print derivative for reports: a baseline JPEG of at most 800 px, without metadata.
    const print = await printImageOf(session, photo.attachmentId);
    const printed = await sharp(print.bytes).metadata();
    expect(printed.format).toBe('jpeg');
    expect(printed.isProgressive).toBe(false);
    expect(printed.exif).toBeUndefined();
    expect(Math.max(printed.width, printed.height)).toBeLessThanOrEqual(800);
    expect(lastSeq(session)).toBe(seq + 3);
  });

  it('refuses a file that is not a photo, naming it, and writes nothing', async () => {
    const { session, icon } = await objectsOfCase();
    const before = counts(session);
    const text = await expectCaseFileError(
      () =>
        addPhoto(session, {
          objectId: icon.id,
          source: bytesSource(
            'statement.txt',
            Buffer.from('Izjava svedoka: ikona je bila u crkvi.'),
          ),
        }),
      'INVALID_INPUT',
    );
    expect(text.message).toContain('statement.txt');
    expect(text.details).toMatchObject({ file: 'statement.txt', reason: 'NOT_AN_IMAGE' });
    const broken = await expectCaseFileError(
      () =>
        addPhoto(session, {
          objectId: icon.id,
          source: bytesSource('IMG_0413.JPG', front.subarray(0, front.length / 2)),
        }),
      'INVALID_INPUT',
    );
    expect(broken.message).toContain('IMG_0413.JPG');
    await expectCaseFileError(
      () =>
        addPhoto(session, {
          objectId: '00000000-0000-4000-8000-00000000ffff',
          source: bytesSource('IMG_0412.JPG', front),
        }),
      'NOT_FOUND',
    );
    await expectCaseFileError(
      () =>
        addPhoto(session, {
          objectId: icon.id,
          source: bytesSource('IMG_0412.JPG', front),
          role: 'selfie' as 'overall',
        }),
      'INVALID_INPUT',
    );
    expect(counts(session)).toEqual(before);
  });

  it('refuses the same photo twice on one object, and stores a photo of two objects once', async () => {
    const { session, icon, frame } = await objectsOfCase();
    const first = await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource('a.jpg', front),
    });
    const before = counts(session);
    const twice = await expectCaseFileError(
      () => addPhoto(session, { objectId: icon.id, source: bytesSource('copy of a.jpg', front) }),
      'ALREADY_EXISTS',
    );
    expect(twice.details).toMatchObject({ photoId: first.id });
    expect(counts(session)).toEqual(before);

    const seq = lastSeq(session);
    const other = await addPhoto(session, {
      objectId: frame.id,
      source: bytesSource('frame.jpg', front),
      role: 'detail',
    });
    expect(other.sha256).toBe(first.sha256);
    expect(other.attachmentId).not.toBe(first.attachmentId);
    expect(counts(session)).toMatchObject({
      blob: 1,
      attachment: 2,
      photo: 2,
      info: 1,
      derivative: 3,
    });
    // The file was read and its images derived once: no second "image.derive".
    expect(auditSince(session, seq).map((a) => a.action)).toEqual([
      'attachment.ingest',
      'photo.add',
    ]);
    expect(listPhotos(session, frame.id)).toMatchObject([
      { width: first.width, takenAt: TAKEN_AT },
    ]);
  });

  it('reorders an object’s photos, auditing each position that changes', async () => {
    const { session, icon } = await objectsOfCase();
    const a = await addPhoto(session, { objectId: icon.id, source: bytesSource('a.jpg', front) });
    const b = await addPhoto(session, { objectId: icon.id, source: bytesSource('b.jpg', back) });
    const c = await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource('c.jpg', marking),
      role: 'marking',
    });
    expect([a, b, c].map((p) => p.position)).toEqual([0, 1, 2]);

    const seq = lastSeq(session);
    const moved = movePhoto(session, { id: c.id, position: 0 });
    expect(moved.map((p) => [p.id, p.position])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2],
    ]);
    expect(auditSince(session, seq)).toEqual([
      {
        action: 'photo.move',
        entity: `photo:${c.id}`,
        changes: { position: { before: 2, after: 0 } },
      },
      {
        action: 'photo.move',
        entity: `photo:${a.id}`,
        changes: { position: { before: 0, after: 1 } },
      },
      {
        action: 'photo.move',
        entity: `photo:${b.id}`,
        changes: { position: { before: 1, after: 2 } },
      },
    ]);
    expect(listPhotos(session, icon.id).map((p) => p.id)).toEqual([c.id, a.id, b.id]);
    // Beyond the end means last; a move to where it is writes nothing.
    expect(movePhoto(session, { id: c.id, position: 99 }).map((p) => p.id)).toEqual([
      a.id,
      b.id,
      c.id,
    ]);
    const unchanged = lastSeq(session);
    movePhoto(session, { id: b.id, position: 1 });
    expect(lastSeq(session)).toBe(unchanged);
    await expectCaseFileError(
      () => movePhoto(session, { id: '00000000-0000-4000-8000-00000000ffff', position: 0 }),
      'NOT_FOUND',
    );
    await expectCaseFileError(
      () => movePhoto(session, { id: a.id, position: -1 }),
      'INVALID_INPUT',
    );
  });

  it('changes a photo’s role and caption with field-level audit', async () => {
    const { session, icon } = await objectsOfCase();
    const p = await addPhoto(session, { objectId: icon.id, source: bytesSource('a.jpg', front) });
    const seq = lastSeq(session);
    const changed = updatePhoto(session, {
      id: p.id,
      role: 'damage',
      caption: 'Crack, left board',
    });
    expect(changed).toMatchObject({ role: 'damage', caption: 'Crack, left board', position: 0 });
    expect(auditSince(session, seq)).toEqual([
      {
        action: 'photo.update',
        entity: `photo:${p.id}`,
        changes: {
          role: { before: 'overall', after: 'damage' },
          caption: { before: '', after: 'Crack, left board' },
        },
      },
    ]);
    updatePhoto(session, { id: p.id, caption: ' Crack, left board ' });
    expect(lastSeq(session)).toBe(seq + 1);
    await expectCaseFileError(
      () => updatePhoto(session, { id: p.id, role: 'selfie' as 'overall' }),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () => updatePhoto(session, { id: p.id, caption: 'x'.repeat(501) }),
      'INVALID_INPUT',
    );
  });

  it('unlinks a removed photo from its object and keeps the stored file', async () => {
    const { session, icon } = await objectsOfCase();
    const p = await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource('a.jpg', front),
      caption: 'Front',
    });
    const seq = lastSeq(session);
    removePhoto(session, p.id);
    expect(listPhotos(session, icon.id)).toEqual([]);
    expect(auditSince(session, seq)).toEqual([
      {
        action: 'photo.remove',
        entity: `photo:${p.id}`,
        changes: {
          objectId: { before: icon.id, after: null },
          attachmentId: { before: p.attachmentId, after: null },
          role: { before: 'overall', after: null },
          caption: { before: 'Front', after: null },
          position: { before: 0, after: null },
          sha256: { before: p.sha256, after: null },
        },
      },
    ]);
    expect(getAttachment(session, p.attachmentId).sha256).toBe(sha256(front));
    expect(readAttachment(session, p.attachmentId).equals(front)).toBe(true);
    await expectCaseFileError(() => removePhoto(session, p.id), 'NOT_FOUND');
    // Linked again, it is a new photo of the same stored file.
    const again = await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource('a.jpg', front),
    });
    expect(again.sha256).toBe(p.sha256);
    expect(counts(session)).toMatchObject({ blob: 1, photo: 1 });
  });

  it('serves the original, and derives the images of a file stored by other means on first request', async () => {
    const { session, icon } = await objectsOfCase();
    const p = await addPhoto(session, { objectId: icon.id, source: bytesSource('a.jpg', front) });
    const original = await photoImage(session, { attachmentId: p.attachmentId, size: 'original' });
    expect(original).toMatchObject({ mediaType: 'image/jpeg', original: true, width: p.width });
    expect(decode(original.dataUrl).bytes.equals(front)).toBe(true);

    // Imported as a plain attachment: no image information, no derived images yet.
    const imported = await ingestAttachment(session, bytesSource('scan.jpg', back));
    const seq = lastSeq(session);
    const preview = await photoImage(session, { attachmentId: imported.id, size: 'preview' });
    expect(preview.original).toBe(false);
    expect(auditSince(session, seq).map((a) => [a.action, a.entity])).toEqual([
      ['image.derive', `attachment:${imported.id}`],
    ]);
    await photoImage(session, { attachmentId: imported.id, size: 'thumb' });
    expect(lastSeq(session)).toBe(seq + 1);

    // A file that is not an image has no images, and nothing is written.
    const text = await ingestAttachment(session, bytesSource('notes.txt', Buffer.from('notes')));
    const before = counts(session);
    const refused = await expectCaseFileError(
      () => photoImage(session, { attachmentId: text.id, size: 'thumb' }),
      'INVALID_INPUT',
    );
    expect(refused.message).toContain('notes.txt');
    expect(counts(session)).toEqual(before);
    await expectCaseFileError(
      () =>
        photoImage(session, {
          attachmentId: '00000000-0000-4000-8000-00000000ffff',
          size: 'thumb',
        }),
      'NOT_FOUND',
    );
  });

  it('shows the preview in place of an original too large or not displayable', async () => {
    const { session, icon } = await objectsOfCase();
    // Stored PNG (no compression): just over the limit for originals.
    const side = Math.ceil(Math.sqrt(MAX_ORIGINAL_BYTES / 3)) + 8;
    const big = await sharp({
      create: { width: side, height: side, channels: 3, background: '#8a6d3b' },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThanOrEqual(MAX_ORIGINAL_BYTES);
    const large = await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource('big.png', big),
    });
    const shown = await photoImage(session, { attachmentId: large.attachmentId, size: 'original' });
    expect(shown).toMatchObject({ mediaType: 'image/jpeg', original: false });
    expect(Math.max(shown.width, shown.height)).toBe(1600);

    const tiff = await sharp(back).tiff().toBuffer();
    const scan = await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource('scan.tif', tiff),
    });
    expect(scan.mediaType).toBe('image/tiff');
    const tiffShown = await photoImage(session, {
      attachmentId: scan.attachmentId,
      size: 'original',
    });
    expect(tiffShown).toMatchObject({ mediaType: 'image/jpeg', original: false });
  });
});

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

describe('photo and search channels', () => {
  it('adds a photo from a picked file and finds records through the IPC envelope', async () => {
    const f = ipcFixture();
    fixtures.push(f);
    const created = await f.ipc.invoke('casefile:create', {
      path: path.join(f.dir, 'photos.custodia'),
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    });
    expect(created.ok).toBe(true);
    const c = await f.ipc.invoke('case:create', {
      fields: { reference: 'ITCG-2026-0041', title: 'Икона Св. Ђорђа', openedOn: '2026-02-01' },
    });
    if (!c.ok) throw new Error(c.error.message);
    const o = await f.ipc.invoke('object:create', {
      caseId: c.value.id,
      fields: { exhibitNumber: 'E-1', typeL1: 'religious', title: 'Icon of St George' },
    });
    if (!o.ok) throw new Error(o.error.message);

    const file = path.join(tempDir(), 'IMG_0412.JPG');
    fs.writeFileSync(file, front);
    // Only a file chosen in the dialog may be added, once.
    expect(await f.ipc.invoke('photo:add', { objectId: o.value.id, path: file })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    f.services.chosen.grant([file, path.dirname(file), `${file}.missing`], 'photo');
    const added = await f.ipc.invoke('photo:add', {
      objectId: o.value.id,
      path: file,
      role: 'overall',
    });
    expect(added).toMatchObject({
      ok: true,
      value: { originalName: 'IMG_0412.JPG', takenAt: TAKEN_AT },
    });
    if (!added.ok) return;
    const list = await f.ipc.invoke('photo:list', { objectId: o.value.id });
    expect(list.ok && list.value.map((p) => p.id)).toEqual([added.value.id]);
    const thumb = await f.ipc.invoke('photo:image', {
      attachmentId: added.value.attachmentId,
      size: 'thumb',
    });
    expect(thumb.ok && thumb.value.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    const moved = await f.ipc.invoke('photo:move', { id: added.value.id, position: 3 });
    expect(moved.ok && moved.value.map((p) => p.position)).toEqual([0]);
    const updated = await f.ipc.invoke('photo:update', { id: added.value.id, caption: 'Front' });
    expect(updated).toMatchObject({ ok: true, value: { caption: 'Front' } });

    expect(
      await f.ipc.invoke('photo:add', { objectId: o.value.id, path: 'IMG_0412.JPG' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await f.ipc.invoke('photo:add', { objectId: o.value.id, path: file })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(
      await f.ipc.invoke('photo:add', { objectId: o.value.id, path: path.dirname(file) }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await f.ipc.invoke('photo:add', { objectId: o.value.id, path: `${file}.missing` }),
    ).toMatchObject({ ok: false, error: { code: 'FILE_SYSTEM_ERROR' } });

    const found = await f.ipc.invoke('search:all', { query: 'djordj' });
    expect(found).toMatchObject({
      ok: true,
      value: {
        ranked: true,
        groups: [{ kind: 'case', total: 1, hits: [{ caseReference: 'ITCG-2026-0041' }] }],
      },
    });
    const george = await f.ipc.invoke('search:all', {
      query: 'GEORGE',
      caseId: c.value.id,
      kinds: ['object'],
    });
    expect(george.ok && george.value.groups.map((g) => g.hits[0]?.entityId)).toEqual([o.value.id]);
    expect(await f.ipc.invoke('search:all', { query: '"*)(' })).toMatchObject({
      ok: true,
      value: { groups: [] },
    });

    const removed = await f.ipc.invoke('photo:remove', { id: added.value.id });
    expect(removed).toEqual({ ok: true, value: { removed: true } });
  });
});
