import { n } from './svg';
import { lettering, straightTextPath } from './stroke-font';

const LENGTHS_CM = [1, 2, 3, 5, 10, 15, 20, 30, 50];

/**
 * A forensic photo scale (black and white centimetre blocks, millimetre ticks when they are big
 * enough to see) with a strip of reference colours, centred on (cx, cy) in pixels.
 */
export function drawScaleBar(cx: number, cy: number, pxPerCm: number, maxPx: number): string {
  const cm = LENGTHS_CM.filter((l) => l * pxPerCm <= maxPx).pop() ?? 1;
  const length = cm * pxPerCm;
  const height = 76;
  const pad = 26;
  const x0 = cx - length / 2;
  const top = cy - height / 2;
  const labelEvery = pxPerCm >= 28 ? 1 : pxPerCm >= 8 ? 5 : 10;
  let blocks = '';
  let ticks = '';
  let labels = '';
  for (let i = 0; i < cm; i++) {
    if (i % 2 === 0)
      blocks += `M${n(x0 + i * pxPerCm)} ${n(top + 34)}h${n(pxPerCm)}v16h${n(-pxPerCm)}Z`;
  }
  for (let i = 0; i <= cm; i++) {
    const x = x0 + i * pxPerCm;
    ticks += `M${n(x)} ${n(top + 6)}v28`;
    if (i % labelEvery === 0) {
      labels += straightTextPath(String(i), { x, y: top + 68, height: 13, anchor: 'middle' });
    }
    if (i < cm && pxPerCm >= 40) {
      for (let mm = 1; mm < 10; mm++)
        ticks += `M${n(x + (mm * pxPerCm) / 10)} ${n(top + 6)}v${mm === 5 ? 17 : 10}`;
    }
  }
  labels += straightTextPath('cm', { x: x0 + length + 14, y: top + 30, height: 17 });
  const colours = ['#f2f2f2', '#9b9b9b', '#3a3a3a', '#b0302c', '#3f8f44', '#2f58a8', '#e3c12c'];
  const swatch = 34;
  const sx = x0 - pad - colours.length * swatch - 18;
  const swatches = colours
    .map(
      (c, i) =>
        `<rect x="${n(sx + i * swatch)}" y="${n(top + 14)}" width="${swatch}" height="${swatch * 1.4}" fill="${c}"/>`,
    )
    .join('');
  const card = (x: number, w: number): string =>
    `<rect x="${n(x + 4)}" y="${n(top + 6)}" width="${n(w)}" height="${height}" rx="4" fill="#000" fill-opacity="0.28"/>` +
    `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${height}" rx="4" fill="#f7f7f2" stroke="#222" stroke-width="2"/>`;
  return (
    card(x0 - pad, length + pad * 2 + 44) +
    card(sx - 10, colours.length * swatch + 20) +
    swatches +
    `<path d="${blocks}" fill="#111"/>` +
    `<rect x="${n(x0)}" y="${n(top + 34)}" width="${n(length)}" height="16" fill="none" stroke="#111" stroke-width="2"/>` +
    `<path d="${ticks}" stroke="#111" stroke-width="2"/>` +
    `<path d="${labels}" ${lettering('#111', 2.2)}/>`
  );
}
