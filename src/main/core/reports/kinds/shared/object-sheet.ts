import type { Node } from '../../engine/blocks';
import type { ReportImage } from '../../engine/model';
import type { ReportWording } from '../../engine/print-wording';
import type { ObjectSheetData } from './object-data';

/**
 * An object's Object ID sheet (pure): the fields table and its photos.
 * STUB (issue #9 foundation; owner: the dossier helper).
 */
export function objectIdSheet(
  data: ObjectSheetData,
  _images: Record<string, ReportImage>,
  _w: ReportWording,
): Node[] {
  return [{ text: data.exhibitNumber }];
}
