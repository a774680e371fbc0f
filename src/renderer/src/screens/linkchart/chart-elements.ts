import type { ElementDefinition } from 'cytoscape';
import type { LinkEdge, LinkNode } from '../../../../shared/ipc/linkchart.contract';
import { EDGE_LOOK, NODE_LOOK, paymentWidth } from './chart-style';

/** The words on the chart, in the interface language (LinkChartTab makes them). */
export interface ChartLabels {
  node: (node: LinkNode) => string;
  edge: (edge: LinkEdge) => string;
}

const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * Nodes and links as cytoscape elements. Everything the style needs is plain data (shape, colour,
 * size, width, line, whether it is from another case or flagged), mapped by the stylesheet with
 * `data(...)`: no per-element function runs at draw time and few selectors are matched.
 */
export function toElements(
  nodes: readonly LinkNode[],
  edges: readonly LinkEdge[],
  labels: ChartLabels,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    const label = clip(labels.node(n), 40);
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        kind: n.kind,
        shape: NODE_LOOK[n.kind].shape,
        color: NODE_LOOK[n.kind].color,
        size: NODE_LOOK[n.kind].size,
        label: n.otherCase ? `${label}\n[${n.otherCase.reference}]` : label,
        other: n.otherCase ? 1 : 0,
        flagged: n.flags.length > 0 ? 1 : 0,
      },
    });
  }
  for (const e of edges) {
    out.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        color: EDGE_LOOK[e.type].color,
        line: EDGE_LOOK[e.type].line,
        // Holding an account and "same account" have no direction worth an arrow.
        arrow: e.type === 'holds' || e.type === 'same_as' ? 0 : 1,
        label: labels.edge(e),
        w: e.flow ? paymentWidth(e.flow.total) : 1.5,
        other: e.otherCase ? 1 : 0,
      },
    });
  }
  return out;
}

/** Nodes and links of `more` that `base` does not have yet (an expansion, merged in). */
export function mergeGraph<T extends { id: string }>(base: readonly T[], more: readonly T[]): T[] {
  const seen = new Set(base.map((x) => x.id));
  const added = more.filter((x) => !seen.has(x.id));
  return added.length === 0 ? [...base] : [...base, ...added];
}
