import type { LinkPath } from '../../../shared/ipc/linkchart.contract';

export interface PathGraph {
  nodes: ReadonlyArray<{ id: string; kind: string }>;
  edges: ReadonlyArray<{ id: string; source: string; target: string; type?: string }>;
}

export interface PathOptions {
  /** At most this many steps (links) from one end to the other. */
  maxDepth: number;
  /**
   * Follow links of these types only from source to target (money from payer to beneficiary);
   * links of other types are walked both ways. Null: every link both ways.
   */
  oneWay: ReadonlySet<string> | null;
  /** Stop after this many paths (the answer then says it is truncated). */
  maxPaths: number;
  /** Node kinds a path may end at but never pass through (unknown counterparts). */
  endOnly?: ReadonlySet<string>;
  /** Search steps before giving up on finding more (a dense graph has very many paths). */
  maxSteps?: number;
}

/**
 * Every simple path (no node twice) of at most `maxDepth` steps from `from` to `to`, shortest
 * first. Parallel links between the same two nodes make one step: the path lists all of them, so
 * a chart highlights every link along the way. The search is depth-first from `from`, once per
 * path length (so a cut answer still holds the shortest paths), pruned by the distance to `to`
 * (breadth-first from `to` first), so it only walks branches that can still arrive in time.
 */
export function findPaths(
  graph: PathGraph,
  from: string,
  to: string,
  options: PathOptions,
): { paths: LinkPath[]; truncated: boolean } {
  const known = new Set(graph.nodes.map((n) => n.id));
  if (!known.has(from) || !known.has(to) || from === to) return { paths: [], truncated: false };
  const kind = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const passable = (id: string) => !options.endOnly?.has(kind.get(id) ?? '');

  // node → neighbour → the links between them (in the allowed direction)
  const out = new Map<string, Map<string, string[]>>();
  const into = new Map<string, Map<string, string[]>>();
  const link = (map: typeof out, a: string, b: string, edge: string) => {
    let next = map.get(a);
    if (!next) map.set(a, (next = new Map()));
    const list = next.get(b);
    if (list) list.push(edge);
    else next.set(b, [edge]);
  };
  for (const e of graph.edges) {
    if (!known.has(e.source) || !known.has(e.target) || e.source === e.target) continue;
    link(out, e.source, e.target, e.id);
    link(into, e.target, e.source, e.id);
    if (!options.oneWay?.has(e.type ?? '')) {
      link(out, e.target, e.source, e.id);
      link(into, e.source, e.target, e.id);
    }
  }

  // Steps from each node to `to`, walking the links backwards, through passable nodes only.
  const distance = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= options.maxDepth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      if (n !== to && !passable(n)) continue;
      for (const m of into.get(n)?.keys() ?? []) {
        if (!distance.has(m)) {
          distance.set(m, d);
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(from)) return { paths: [], truncated: false };

  // Shortest first, even when the answer is cut: one depth-first pass per path length.
  const found: string[][] = [];
  let truncated = false;
  let steps = 0;
  const maxSteps = options.maxSteps ?? 200_000;
  const onPath = new Set<string>([from]);
  const trail = [from];
  const walk = (node: string, length: number): void => {
    if (node === to) {
      if (trail.length - 1 !== length) return;
      if (found.length >= options.maxPaths) truncated = true;
      else found.push([...trail]);
      return;
    }
    if (node !== from && !passable(node)) return;
    const neighbours = [...(out.get(node)?.keys() ?? [])].sort();
    for (const next of neighbours) {
      if (++steps > maxSteps) {
        truncated = true;
        return;
      }
      const d = distance.get(next);
      if (d === undefined || onPath.has(next) || trail.length + d > length) continue;
      onPath.add(next);
      trail.push(next);
      walk(next, length);
      trail.pop();
      onPath.delete(next);
      if (truncated) return;
    }
  };
  for (let length = distance.get(from) as number; length <= options.maxDepth; length++) {
    walk(from, length);
    if (truncated) break;
  }

  const paths = found.map((nodes) => ({
    nodes,
    edges: nodes
      .slice(1)
      .flatMap((n, i) => [...(out.get(nodes[i] as string)?.get(n) ?? [])].sort()),
  }));
  return { paths, truncated };
}
