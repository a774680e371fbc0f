import { describe, expect, it } from 'vitest';
import { findPaths, parsePaymentEdgeId, edgeId, nodeId } from '../../../src/main/core/linkchart';

const node = (id: string, kind = 'person') => ({ id, kind });
const edge = (id: string, source: string, target: string, type = 'payment') => ({
  id,
  source,
  target,
  type,
});
const BOTH = { maxDepth: 6, oneWay: null, maxPaths: 100 };

describe('findPaths', () => {
  const diamond = {
    nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => node(id)),
    edges: [
      edge('ab', 'a', 'b'),
      edge('ab2', 'a', 'b'),
      edge('bd', 'b', 'd'),
      edge('ac', 'a', 'c'),
      edge('ce', 'c', 'e'),
      edge('ed', 'e', 'd'),
      edge('dc', 'd', 'c'),
    ],
  };

  it('lists every simple path, shortest first, parallel links as one step', () => {
    const { paths, truncated } = findPaths(diamond, 'a', 'd', BOTH);
    expect(truncated).toBe(false);
    expect(paths.map((p) => p.nodes.join(''))).toEqual(['abd', 'acd', 'aced']);
    expect(paths[0]?.edges).toEqual(['ab', 'ab2', 'bd']);
    // No node twice, whatever the depth.
    for (const p of paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it('keeps to the depth, the direction and the pass-through rule', () => {
    expect(
      findPaths(diamond, 'a', 'd', { ...BOTH, maxDepth: 2 }).paths.map((p) => p.nodes.join('')),
    ).toEqual(['abd', 'acd']);
    // One way: a→b→d and a→c→e→d; d→c is against a→…→d through c.
    const directed = findPaths(diamond, 'a', 'd', { ...BOTH, oneWay: new Set(['payment']) });
    expect(directed.paths.map((p) => p.nodes.join(''))).toEqual(['abd', 'aced']);
    expect(findPaths(diamond, 'd', 'a', { ...BOTH, oneWay: new Set(['payment']) }).paths).toEqual(
      [],
    );
    // Links of other types are walked both ways even when payments are one way.
    const mixed = {
      nodes: diamond.nodes,
      edges: [edge('ab', 'a', 'b', 'holds'), edge('cb', 'c', 'b')],
    };
    expect(findPaths(mixed, 'a', 'c', { ...BOTH, oneWay: new Set(['payment']) }).paths).toEqual([]);
    expect(
      findPaths(mixed, 'c', 'a', { ...BOTH, oneWay: new Set(['payment']) }).paths.map(
        (p) => p.nodes,
      ),
    ).toEqual([['c', 'b', 'a']]);
    // An end-only node ends a path but is never passed through.
    const hub = {
      nodes: [node('x'), node('y'), node('u', 'unknown')],
      edges: [edge('xu', 'x', 'u'), edge('uy', 'u', 'y')],
    };
    expect(findPaths(hub, 'x', 'y', { ...BOTH, endOnly: new Set(['unknown']) }).paths).toEqual([]);
    expect(findPaths(hub, 'x', 'u', { ...BOTH, endOnly: new Set(['unknown']) }).paths).toHaveLength(
      1,
    );
    expect(findPaths(hub, 'x', 'y', BOTH).paths).toHaveLength(1);
    // Unknown ends, the same node at both ends: nothing.
    expect(findPaths(diamond, 'a', 'zz', BOTH).paths).toEqual([]);
    expect(findPaths(diamond, 'a', 'a', BOTH).paths).toEqual([]);
  });

  it('stops at the path limit and says so, keeping the shortest', () => {
    // A ladder: 2^k paths between its ends.
    const nodes = [node('s'), node('t')];
    const edges = [];
    let prev = ['s'];
    for (let i = 0; i < 6; i++) {
      const layer = [`l${i}a`, `l${i}b`];
      nodes.push(...layer.map((id) => node(id)));
      for (const p of prev) for (const q of layer) edges.push(edge(`${p}-${q}`, p, q));
      prev = layer;
    }
    for (const p of prev) edges.push(edge(`${p}-t`, p, 't'));
    const all = findPaths({ nodes, edges }, 's', 't', { ...BOTH, maxDepth: 8, maxPaths: 1000 });
    expect(all.paths).toHaveLength(64);
    const cut = findPaths({ nodes, edges }, 's', 't', { ...BOTH, maxDepth: 8, maxPaths: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.paths).toHaveLength(10);
    expect(cut.paths.every((p) => p.nodes.length === 8)).toBe(true);
    const steps = findPaths({ nodes, edges }, 's', 't', {
      ...BOTH,
      maxDepth: 8,
      maxPaths: 1000,
      maxSteps: 20,
    });
    expect(steps.truncated).toBe(true);
  });
});

describe('element ids', () => {
  it('reads a payment link’s id back, unknown sides included', () => {
    const caseId = '00000000-0000-4000-8000-000000000001';
    const account = nodeId.account('00000000-0000-4000-8000-000000000002');
    const unknown = nodeId.unknown(account, 'cash', 'payer');
    expect(parsePaymentEdgeId(edgeId.payment(caseId, unknown, account, 'EUR'))).toEqual({
      caseId,
      from: unknown,
      to: account,
      currency: 'EUR',
    });
    const name = nodeId.name('Galerija Šumadija');
    expect(name).toBe('name:galerija sumadija');
    const out = nodeId.unknown(name, 'cash', 'beneficiary');
    expect(parsePaymentEdgeId(edgeId.payment(caseId, name, out, 'RSD'))).toEqual({
      caseId,
      from: name,
      to: out,
      currency: 'RSD',
    });
    expect(parsePaymentEdgeId(`pay|${caseId}|${account}|EUR`)).toBeNull();
    expect(parsePaymentEdgeId(`rel|${caseId}`)).toBeNull();
    expect(parsePaymentEdgeId(`pay|nope|${account}|${account}|EUR`)).toBeNull();
  });
});
