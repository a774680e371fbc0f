import type { PhotoRole } from '../../../shared/domain/object';
import type { CaseFileSession } from '../case-file/session';

export type PhotoKind =
  'coin' | 'icon' | 'marble-head' | 'vase' | 'helmet' | 'manuscript' | 'painting';

export interface DemoShot {
  role: PhotoRole;
  caption: string;
  takenAt: string;
  gps?: { lat: number; lon: number };
}

export async function photographObject(
  _session: CaseFileSession,
  _objectId: string,
  _kind: PhotoKind,
  _seed: number,
  _shots: DemoShot[],
): Promise<number> {
  return 0;
}
