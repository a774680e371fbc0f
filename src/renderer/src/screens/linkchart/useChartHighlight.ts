import { useMemo } from 'react';
import type { LinkEdge, LinkNode } from '../../../../shared/ipc/linkchart.contract';
import type { ChartHighlight } from './LinkChartCanvas';
import type { PathsFound } from './LinkChartPathsCard';
import type { FindingOnChart } from './useFindingHighlight';

/**
 * What the chart highlights: the paths found (the one picked, or all), else the evidence of the
 * finding shown once located, else nothing; and how many of those nodes and links the chart
 * holds (`highlighted`, which filters or a missing expansion can make smaller than the total).
 */
export function useChartHighlight(
  paths: PathsFound | null,
  finding: FindingOnChart | null,
  nodeById: ReadonlyMap<string, LinkNode>,
  edgeById: ReadonlyMap<string, LinkEdge>,
): { highlight: ChartHighlight | null; highlighted: number } {
  const highlight = useMemo(() => {
    if (paths) {
      const chosen =
        paths.pick !== null
          ? [paths.result.paths[paths.pick]].filter((p) => p !== undefined)
          : paths.result.paths;
      return {
        nodes: new Set(chosen.flatMap((p) => p.nodes)),
        edges: new Set(chosen.flatMap((p) => p.edges)),
      };
    }
    if (finding?.status === 'ready') {
      return {
        nodes: new Set(finding.located.nodeIds),
        edges: new Set(finding.located.edgeIds),
      };
    }
    return null;
  }, [paths, finding]);
  const highlighted = highlight
    ? [...highlight.nodes].filter((id) => nodeById.has(id)).length +
      [...highlight.edges].filter((id) => edgeById.has(id)).length
    : 0;
  return { highlight, highlighted };
}
