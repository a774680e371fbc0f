import { Box } from '@mantine/core';
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { BIG_GRAPH, chartStyle } from './chart-style';
import { forceLayout } from './force-layout';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svg);
  registered = true;
}

/** What the first drawing of a chart cost, in ms (the bench and the e2e test read them). */
export interface ChartTimings {
  buildMs: number;
  layoutMs: number;
  renderMs: number;
  nodes: number;
  edges: number;
}

export interface ChartHandle {
  fit: () => void;
  zoom: (factor: number) => void;
  center: (id: string) => void;
  png: () => Promise<Blob>;
  svg: () => string;
}

export interface ChartHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Above this many edges, links carry no label (but highlighted and selected ones). */
const EDGE_LABELS_UP_TO = 300;

/**
 * Charts up to BIG_GRAPH nodes: fcose, spectral placement then force-directed refinement
 * ('default' quality), animated under 150 nodes. Bigger charts are placed by force-layout.ts
 * before cytoscape is made: fcose's 'draft' (spectral only) collapsed the 2,000-node bench
 * network into two lines of overlapping nodes, and its 'default' took minutes there.
 */
function layoutOptions(nodes: number, randomize = true): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize,
    animate: nodes <= 150,
    animationDuration: 400,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => 90,
    nodeSeparation: 60,
  } as LayoutOptions;
}

const now = () => performance.now();

/** Zoom and pan showing every node of `elements` (with a margin) in the container. */
function viewportFor(
  elements: ElementDefinition[],
  box: HTMLElement,
): { zoom: number; pan: { x: number; y: number } } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const e of elements) {
    if (!e.position) continue;
    minX = Math.min(minX, e.position.x);
    maxX = Math.max(maxX, e.position.x);
    minY = Math.min(minY, e.position.y);
    maxY = Math.max(maxY, e.position.y);
  }
  if (!Number.isFinite(minX)) return { zoom: 1, pan: { x: 0, y: 0 } };
  const margin = 40;
  const width = Math.max(1, box.clientWidth - 2 * margin);
  const height = Math.max(1, box.clientHeight - 2 * margin);
  const zoom = Math.min(width / Math.max(1, maxX - minX), height / Math.max(1, maxY - minY), 1);
  return {
    zoom,
    pan: {
      x: box.clientWidth / 2 - zoom * ((minX + maxX) / 2),
      y: box.clientHeight / 2 - zoom * ((minY + maxY) / 2),
    },
  };
}

/** The elements with node positions from the force layout (edges between known nodes). */
function withForcePositions(elements: ElementDefinition[]): ElementDefinition[] {
  const index = new Map<string, number>();
  for (const e of elements) if (e.group === 'nodes') index.set(e.data.id as string, index.size);
  const source: number[] = [];
  const target: number[] = [];
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const a = index.get(e.data.source as string);
    const b = index.get(e.data.target as string);
    if (a !== undefined && b !== undefined) {
      source.push(a);
      target.push(b);
    }
  }
  const pos = forceLayout(index.size, source, target, { iterations: 120, length: 60 });
  return elements.map((e) => {
    if (e.group !== 'nodes') return e;
    const i = index.get(e.data.id as string) as number;
    return { ...e, position: { x: pos[2 * i] as number, y: pos[2 * i + 1] as number } };
  });
}

function zoomAtCentre(cy: Core, factor: number): void {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

/**
 * The chart itself (cytoscape on a canvas). A new `resetKey` (new data, new filters) draws it
 * anew: elements given at construction, a full fcose layout, timings reported. Elements added
 * under the same key (an expansion) are placed around `anchor` and the layout refined. Selection
 * and highlighting are classes, so the chart is never rebuilt for them.
 */
export function LinkChartCanvas(props: {
  elements: ElementDefinition[];
  resetKey: string;
  anchor: string | null;
  highlight: ChartHighlight | null;
  selected: readonly string[];
  onTap: (id: string | null, group: 'nodes' | 'edges' | null, additive: boolean) => void;
  onReady: (timings: ChartTimings) => void;
  label: string;
  keysHint: string;
  ref?: Ref<ChartHandle>;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const keyRef = useRef<string | null>(null);
  const applied = useRef<{
    cy: Core | null;
    dim: boolean;
    hl: ReadonlySet<string>;
    sel: ReadonlySet<string>;
  }>({ cy: null, dim: false, hl: new Set(), sel: new Set() });
  const onTap = useRef(props.onTap);
  const onReady = useRef(props.onReady);
  useEffect(() => {
    onTap.current = props.onTap;
    onReady.current = props.onReady;
  });

  useImperativeHandle(
    props.ref,
    () => ({
      fit: () => cyRef.current?.fit(undefined, 30),
      zoom: (factor) => {
        const cy = cyRef.current;
        if (cy) zoomAtCentre(cy, factor);
      },
      center: (id) => {
        const cy = cyRef.current;
        const el = cy?.getElementById(id);
        if (cy && el && el.nonempty()) {
          cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
        }
      },
      png: () => {
        const cy = cyRef.current;
        if (!cy) return Promise.reject(new Error('no chart'));
        const big = cy.nodes().length > BIG_GRAPH;
        return cy.png({
          output: 'blob-promise',
          full: true,
          scale: big ? 1 : 2,
          bg: '#ffffff',
          maxWidth: 8000,
          maxHeight: 8000,
        });
      },
      svg: () => {
        const cy = cyRef.current as unknown as {
          svg: (o: { full: boolean; scale: number; bg: string }) => string;
        } | null;
        if (!cy) throw new Error('no chart');
        return cy.svg({ full: true, scale: 1, bg: '#ffffff' });
      },
    }),
    [],
  );

  // A new key: a new chart, drawn from scratch and timed.
  useEffect(() => {
    if (keyRef.current === props.resetKey && cyRef.current) return;
    keyRef.current = props.resetKey;
    registerExtensions();
    cyRef.current?.destroy();
    const nodeCount = props.elements.filter((e) => e.group === 'nodes').length;
    const edgeCount = props.elements.length - nodeCount;
    const big = nodeCount > BIG_GRAPH;
    // Big charts: positions from the Barnes–Hut force layout, given to cytoscape as it is made.
    const t0 = now();
    const elements = big ? withForcePositions(props.elements) : props.elements;
    const tLayout = now() - t0;
    const t1 = now();
    const cy = cytoscape({
      container: container.current,
      elements,
      style: chartStyle(big, edgeCount <= EDGE_LABELS_UP_TO),
      layout: { name: 'preset', fit: false },
      // Big charts: the viewport that fits the positions, so no bounding box is computed first.
      ...(big && container.current ? viewportFor(elements, container.current) : {}),
      minZoom: 0.03,
      maxZoom: 5,
      autounselectify: true,
      boxSelectionEnabled: false,
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      motionBlur: false,
      pixelRatio: big ? 1 : 'auto',
    });
    cyRef.current = cy;
    const buildMs = now() - t1;

    cy.on('tap', (event) => {
      const target = event.target as Core | cytoscape.SingularElementArgument;
      const original = event.originalEvent as MouseEvent | undefined;
      const additive = !!(original?.shiftKey || original?.ctrlKey || original?.metaKey);
      if (target === cy) onTap.current(null, null, false);
      else {
        const el = target as cytoscape.SingularElementArgument;
        onTap.current(el.id(), el.isNode() ? 'nodes' : 'edges', additive);
      }
    });

    let cancelled = false;
    const drawn = (layoutMs: number) => {
      const t2 = now();
      cy.one('render', () => {
        requestAnimationFrame(() => {
          if (cancelled) return;
          onReady.current({
            buildMs,
            layoutMs,
            renderMs: now() - t2,
            nodes: nodeCount,
            edges: edgeCount,
          });
        });
      });
      if (!big) cy.fit(undefined, 30);
    };
    if (big) {
      drawn(tLayout);
    } else {
      const t2 = now();
      const layout = cy.layout(layoutOptions(nodeCount));
      layout.one('layoutstop', () => drawn(now() - t2));
      layout.run();
    }
    return () => {
      cancelled = true;
    };
    // Only a new key redraws from scratch; element changes are merged below.
  }, [props.resetKey]);

  // Same key, other elements: merge (an expansion adds nodes around its anchor).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || keyRef.current !== props.resetKey) return;
    const wanted = new Set(props.elements.map((e) => e.data.id as string));
    const gone = cy.elements().filter((el) => !wanted.has(el.id()));
    const fresh = props.elements.filter((e) => cy.getElementById(e.data.id as string).empty());
    if (gone.empty() && fresh.length === 0) return;
    cy.batch(() => {
      gone.remove();
      const anchor = props.anchor ? cy.getElementById(props.anchor) : null;
      const centre = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const freshNodes = fresh.filter((e) => e.group === 'nodes');
      freshNodes.forEach((e, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, freshNodes.length);
        const radius = 110 + 6 * freshNodes.length;
        e.position = {
          x: centre.x + radius * Math.cos(angle),
          y: centre.y + radius * Math.sin(angle),
        };
      });
      cy.add(fresh);
    });
    const count = cy.nodes().length;
    if (count <= BIG_GRAPH) cy.layout(layoutOptions(count, false)).run();
  }, [props.elements, props.resetKey, props.anchor]);

  // Highlight (a finding's evidence, paths) and selection: classes only, and only those that
  // change (a class change restyles the element; restyling 12,000 for nothing costs seconds).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const was = applied.current;
    const hl = new Set([...(props.highlight?.nodes ?? []), ...(props.highlight?.edges ?? [])]);
    const dim = hl.size > 0;
    const sel = new Set(props.selected);
    const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
      a.size === b.size && [...a].every((x) => b.has(x));
    if (was.cy === cy && was.dim === dim && same(was.hl, hl) && same(was.sel, sel) && !dim) return;
    cy.batch(() => {
      const fresh = was.cy !== cy;
      if (!fresh) {
        for (const id of was.hl) if (!hl.has(id)) cy.getElementById(id).removeClass('hl');
        for (const id of was.sel) if (!sel.has(id)) cy.getElementById(id).removeClass('sel');
      }
      if (dim) cy.elements().not('.dim').addClass('dim');
      else if (!fresh && was.dim) cy.elements('.dim').removeClass('dim');
      for (const id of hl) cy.getElementById(id).removeClass('dim').addClass('hl');
      for (const id of sel) cy.getElementById(id).addClass('sel');
    });
    applied.current = { cy, dim, hl, sel };
  }, [props.highlight, props.selected, props.elements, props.resetKey]);

  useEffect(
    () => () => {
      cyRef.current?.destroy();
      cyRef.current = null;
    },
    [],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 60;
    switch (event.key) {
      case '+':
      case '=':
        zoomAtCentre(cy, 1.25);
        break;
      case '-':
      case '_':
        zoomAtCentre(cy, 1 / 1.25);
        break;
      case '0':
        cy.fit(undefined, 30);
        break;
      case 'ArrowLeft':
        cy.panBy({ x: step, y: 0 });
        break;
      case 'ArrowRight':
        cy.panBy({ x: -step, y: 0 });
        break;
      case 'ArrowUp':
        cy.panBy({ x: 0, y: step });
        break;
      case 'ArrowDown':
        cy.panBy({ x: 0, y: -step });
        break;
      case 'Escape':
        onTap.current(null, null, false);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <Box
      ref={container}
      tabIndex={0}
      role="application"
      aria-label={props.label}
      aria-description={props.keysHint}
      onKeyDown={onKeyDown}
      data-testid="linkchart-canvas"
      style={{ position: 'absolute', inset: 0, outline: 'none' }}
    />
  );
}
