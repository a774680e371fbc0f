import type { StylesheetJson } from 'cytoscape';
import type { LinkNodeKind, LinkType } from '../../../../shared/ipc/linkchart.contract';

/**
 * How the chart looks: a shape and a colour per kind of node, a colour (and a line style) per type
 * of link, the width of a payment arrow from its total. The legend reads the same tables.
 */

export type NodeShape =
  'ellipse' | 'round-rectangle' | 'barrel' | 'tag' | 'hexagon' | 'star' | 'triangle';

export const NODE_LOOK: Record<LinkNodeKind, { shape: NodeShape; color: string; size: number }> = {
  person: { shape: 'ellipse', color: '#1c7ed6', size: 30 },
  organisation: { shape: 'round-rectangle', color: '#7048e8', size: 32 },
  bank: { shape: 'barrel', color: '#0ca678', size: 32 },
  // 'tag', not 'round-tag': the SVG export (canvas2svg) cannot draw the rounded one.
  account: { shape: 'tag', color: '#e8590c', size: 24 },
  wallet: { shape: 'hexagon', color: '#d6336c', size: 24 },
  object: { shape: 'star', color: '#f59f00', size: 34 },
  name: { shape: 'ellipse', color: '#adb5bd', size: 24 },
  unknown: { shape: 'triangle', color: '#ced4da', size: 16 },
};

export const EDGE_LOOK: Record<LinkType, { color: string; line: 'solid' | 'dotted' | 'dashed' }> = {
  payment: { color: '#2f9e44', line: 'solid' },
  holds: { color: '#868e96', line: 'solid' },
  ownership: { color: '#7048e8', line: 'solid' },
  directorship: { color: '#1971c2', line: 'solid' },
  representation: { color: '#0b7285', line: 'solid' },
  control: { color: '#862e9c', line: 'solid' },
  signatory: { color: '#5c940d', line: 'solid' },
  employment: { color: '#364fc7', line: 'solid' },
  family: { color: '#e64980', line: 'dotted' },
  associate: { color: '#f06595', line: 'dotted' },
  sold: { color: '#f08c00', line: 'solid' },
  bought: { color: '#f08c00', line: 'solid' },
  agent: { color: '#f59f00', line: 'dotted' },
  same_as: { color: '#fa5252', line: 'dotted' },
};

/** Highlighted paths and finding evidence. */
export const HIGHLIGHT = '#e03131';
export const SELECTED = '#1864ab';

/** Width of a payment arrow: 1 px up to 100, then 1.5 px more per tenfold (at most 9 px). */
export function paymentWidth(total: string): number {
  const value = Number(total);
  if (!Number.isFinite(value) || value <= 100) return 1;
  return Math.min(9, 1 + 1.5 * (Math.log10(value) - 2));
}

/** Above this many nodes the chart draws for speed: no labels far out, straight arrows. */
export const BIG_GRAPH = 500;

/**
 * The stylesheet. What differs between kinds and types (shape, colour, size, line style) is in
 * each element's data (chart-elements.ts) and mapped with `data(...)`, so each element meets a
 * handful of selectors: cytoscape applies styles element by element, and at 12,000 elements
 * every selector and property counts.
 */
export function chartStyle(big: boolean, edgeLabels: boolean): StylesheetJson {
  const labelBox = {
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.8,
    'text-background-padding': '1px',
  };
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        shape: 'data(shape)',
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 11,
        'text-valign': 'bottom',
        // Big charts draw for speed (cytoscape's performance advice): labels on one line and
        // only when zoomed in, no label background, no border.
        ...(big
          ? { 'text-wrap': 'none', 'min-zoomed-font-size': 9, 'border-width': 0 }
          : {
              'font-family': 'system-ui, sans-serif',
              color: '#212529',
              'text-margin-y': 3,
              'text-wrap': 'wrap',
              'text-max-width': '150px',
              ...labelBox,
              'border-width': 1,
              'border-color': '#ffffff',
            }),
      },
    },
    { selector: 'node[flagged = 1]', style: { 'border-width': 3, 'border-color': '#c92a2a' } },
    {
      selector: 'node[other = 1]',
      style: {
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': '#495057',
        'background-opacity': 0.55,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(w)',
        'line-color': 'data(color)',
        // Big charts: opaque haystack lines without arrows (semi-transparent edges with arrows
        // cost several times as much to draw); highlighted and selected links get their arrow.
        ...(big
          ? { 'curve-style': 'haystack', 'haystack-radius': 0 }
          : {
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              'target-arrow-color': 'data(color)',
              'arrow-scale': 0.8,
              opacity: 0.85,
            }),
        ...(edgeLabels
          ? {
              label: 'data(label)',
              'font-size': 9,
              color: '#343a40',
              'text-rotation': 'autorotate',
              ...labelBox,
            }
          : {}),
      },
    },
    { selector: 'edge[line = "dotted"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[arrow = 0]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge[other = 1]', style: { 'line-style': 'dashed', opacity: 0.7 } },
    { selector: '.dim', style: { opacity: 0.12 } },
    {
      selector: 'node.hl',
      style: { 'border-width': 4, 'border-color': HIGHLIGHT, opacity: 1, 'z-index': 10 },
    },
    {
      selector: 'edge.hl',
      style: {
        'line-color': HIGHLIGHT,
        'target-arrow-color': HIGHLIGHT,
        'mid-target-arrow-color': HIGHLIGHT,
        ...(big ? { 'mid-target-arrow-shape': 'triangle' } : {}),
        opacity: 1,
        'z-index': 10,
        label: 'data(label)',
        'font-size': 10,
        color: '#c92a2a',
        'text-rotation': 'autorotate',
        ...labelBox,
      },
    },
    {
      selector: 'node.sel',
      style: { 'border-width': 4, 'border-color': SELECTED, 'z-index': 20, opacity: 1 },
    },
    {
      selector: 'edge.sel',
      style: {
        'line-color': SELECTED,
        'target-arrow-color': SELECTED,
        'mid-target-arrow-color': SELECTED,
        ...(big ? { 'mid-target-arrow-shape': 'triangle' } : {}),
        'z-index': 20,
        opacity: 1,
        label: 'data(label)',
      },
    },
  ] as StylesheetJson;
}
