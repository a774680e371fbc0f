/**
 * How many of a row's labels (fields of expertise) to show as badges before "+n": the first
 * always (it shrinks if it must), then as many as fit in `chars` characters in all.
 */
export function fittingLabels(labels: readonly string[], chars: number): number {
  let used = 0;
  let shown = 0;
  for (const label of labels) {
    if (shown > 0 && used + label.length > chars) break;
    used += label.length;
    shown++;
  }
  return shown;
}
