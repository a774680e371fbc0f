import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import {
  zoom as d3zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DAY_MS, padDomain, timeDomain, type ItemExtent } from './timeline-geometry';
import { FIT_LEFT, FIT_RIGHT, MAX_DAY_PX } from './timeline-layout';

/**
 * The chart's view of time: fitted to the items, then zoomed and moved by d3-zoom (wheel, pinch,
 * drag) or by the buttons and keys through `act`. A new domain or width starts fitted again.
 */
export function useTimelineZoom(
  extents: ReadonlyMap<string, ItemExtent>,
  plotLeft: number,
  plotRight: number,
  width: number,
) {
  const plotW = plotRight - plotLeft;
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  // Fitted: every item in view, with room left of the first and right of the last (its label).
  const domain = useMemo((): [number, number] | null => {
    const d = timeDomain([...extents.values()]);
    if (!d) return null;
    const [lo, hi] = padDomain(d, 0);
    const perPx = (hi - lo) / Math.max(plotW - FIT_LEFT - FIT_RIGHT, 100);
    return [lo - FIT_LEFT * perPx, hi + FIT_RIGHT * perPx];
  }, [extents, plotW]);
  // The view belongs to one domain and width: a new filter or size starts fitted again.
  const viewKey = `${domain?.[0]}:${domain?.[1]}:${plotW}`;
  const [view, setView] = useState<{ key: string; transform: ZoomTransform }>({
    key: viewKey,
    transform: zoomIdentity,
  });
  const transform = view.key === viewKey ? view.transform : zoomIdentity;

  const base = useMemo(
    () =>
      scaleUtc()
        .domain(domain ? [new Date(domain[0]), new Date(domain[1])] : [new Date(0), new Date(1)])
        .range([plotLeft, plotRight]),
    [domain, plotLeft, plotRight],
  );
  const xs = useMemo(() => transform.rescaleX(base), [transform, base]);

  // d3-zoom owns the gestures (wheel, pinch, drag); React draws from the transform it reports.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !domain || width === 0) return;
    const msPerPx = (domain[1] - domain[0]) / plotW;
    const maxK = Math.max(2, msPerPx / (DAY_MS / MAX_DAY_PX));
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, maxK])
      .extent(() => [
        [plotLeft, 0],
        [plotRight, svg.clientHeight || 1],
      ])
      .translateExtent([
        [plotLeft - plotW, -1e6],
        [plotRight + plotW, 1e6],
      ])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        setView({ key: viewKey, transform: event.transform }),
      );
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    selection.call(behaviour.transform, zoomIdentity);
    zoomRef.current = behaviour;
    return () => {
      selection.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [domain, plotLeft, plotRight, plotW, viewKey, width]);

  const act = useCallback(
    (how: 'in' | 'out' | 'fit' | 'earlier' | 'later') => {
      const behaviour = zoomRef.current;
      const svg = svgRef.current;
      if (!behaviour || !svg) return;
      const selection = select(svg);
      const step = (plotW * 0.15) / transform.k;
      if (how === 'in') behaviour.scaleBy(selection, 1.5);
      else if (how === 'out') behaviour.scaleBy(selection, 1 / 1.5);
      else if (how === 'fit') behaviour.transform(selection, zoomIdentity);
      else behaviour.translateBy(selection, how === 'earlier' ? step : -step, 0);
    },
    [plotW, transform.k],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const how = (
      {
        ArrowLeft: 'earlier',
        ArrowRight: 'later',
        '+': 'in',
        '=': 'in',
        '-': 'out',
        _: 'out',
        '0': 'fit',
        Home: 'fit',
      } as const
    )[event.key as 'ArrowLeft'];
    if (!how || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    act(how);
  };

  return { domain, transform, xs, svgRef, act, onKeyDown };
}
