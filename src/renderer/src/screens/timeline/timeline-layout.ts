import type { ScaleTime } from 'd3-scale';
import type { TimelineItem, TimelineKind } from '../../../../shared/domain/timeline';
import { DAY_MS, fitLabel, packRows, type ItemExtent } from './timeline-geometry';

/** Sizes of the timeline chart, in pixels. */
export const LABEL_W = 136;
export const RIGHT_PAD = 16;
export const AXIS_H = 26;
export const THRESHOLD_H = 18;
export const ROW_H = 22;
export const LANE_PAD = 5;
export const BAR_H = 10;
export const POINT_R = 6;
/** How far an open end fades out. */
export const FADE = 48;
/** Room kept after an item for its label when rows are packed. */
export const LABEL_RESERVE = 132;
/** Room at the ends of the fitted view: for faded open starts, and for the last items' labels. */
export const FIT_LEFT = 56;
export const FIT_RIGHT = 150;
/** The most a day can be zoomed to, in pixels. */
export const MAX_DAY_PX = 48;
/** About the height of the hover card, to keep it inside the chart. */
export const TOOLTIP_H = 96;

export interface Placed {
  item: TimelineItem;
  ext: ItemExtent;
  x0: number;
  x1: number;
  /** The item with its faded ends or the point's radius. */
  box0: number;
  box1: number;
  /** The certain part of a period, in pixels. */
  core: { x0: number; x1: number } | null;
  row: number;
  label: string;
}

export interface Lane {
  kind: TimelineKind;
  y: number;
  height: number;
  placed: Placed[];
}

/**
 * Places the items of each lane on the axis `xs`: points and bars, packed into rows so none
 * overlap, each label cut to the room up to the next item of its row.
 */
export function layoutLanes(
  lanes: readonly TimelineKind[],
  items: readonly TimelineItem[],
  extents: ReadonlyMap<string, ItemExtent>,
  xs: ScaleTime<number, number>,
  plotLeft: number,
  plotRight: number,
): { lanes: Lane[]; height: number } {
  let y = AXIS_H + THRESHOLD_H;
  const result: Lane[] = [];
  for (const kind of lanes) {
    const placed: Placed[] = [];
    for (const item of items) {
      if (item.kind !== kind) continue;
      const ext = extents.get(item.id);
      if (!ext) continue;
      let x0 = xs(new Date(ext.start));
      let x1 = xs(new Date(ext.end));
      if (ext.point) {
        const mid = xs(new Date(ext.start + DAY_MS / 2));
        x0 = mid;
        x1 = mid;
      } else if (x1 - x0 < 4) {
        const mid = (x0 + x1) / 2;
        x0 = mid - 2;
        x1 = mid + 2;
      }
      const box0 = ext.point ? x0 - POINT_R : ext.openStart ? x0 - FADE : x0;
      const box1 = ext.point ? x1 + POINT_R : ext.openEnd ? x1 + FADE : x1;
      const core = ext.core
        ? { x0: xs(new Date(ext.core.start)), x1: xs(new Date(ext.core.end)) }
        : null;
      placed.push({ item, ext, x0, x1, box0, box1, core, row: 0, label: '' });
    }
    const { rows, count } = packRows(
      placed.map((p) => ({
        x0: p.box0,
        x1: p.box1 + Math.min(LABEL_RESERVE, 8 + p.item.label.length * 6.4),
      })),
    );
    placed.forEach((p, i) => (p.row = rows[i] ?? 0));
    // Each label gets the room up to the next item of its row (and the plot's right edge).
    const byRow = new Map<number, Placed[]>();
    for (const p of placed) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
    for (const row of byRow.values()) {
      row.sort((a, b) => a.box0 - b.box0);
      row.forEach((p, i) => {
        const next = row[i + 1]?.box0 ?? Infinity;
        const from = Math.max(p.box1 + 4, plotLeft + 4);
        p.label =
          p.box1 < plotLeft ? '' : fitLabel(p.item.label, Math.min(next, plotRight) - 4 - from);
      });
    }
    const height = count * ROW_H + 2 * LANE_PAD;
    result.push({ kind, y, height, placed });
    y += height;
  }
  return { lanes: result, height: y + 8 };
}
