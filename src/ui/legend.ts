/** On-page legend: one swatch per cell type and state, and the colormap of the active overlay. */
import { PALETTE, type Rgb } from '../engine/renderer';
import { cssColour } from './palettes';

const ENTRIES: ReadonlyArray<readonly [keyof typeof PALETTE, string]> = [
  ['tumour', 'Tumour cell'],
  ['tumourResistant', 'Tumour, drug-resistant'],
  ['tumourDoomed', 'Tumour, doomed by radiation'],
  ['necrotic', 'Necrotic debris'],
  ['vessel', 'Blood vessel'],
  ['ctlEffector', 'CD8 T cell (effector)'],
  ['ctlActivated', 'CD8 T cell (activated)'],
  ['ctlExhausted', 'CD8 T cell (exhausted)'],
  ['treg', 'Regulatory T cell'],
  ['macM0', 'Macrophage M0'],
  ['macM1', 'Macrophage M1'],
  ['macM2', 'Macrophage M2'],
  ['mdsc', 'MDSC'],
  ['caf', 'Fibroblast (CAF)'],
  ['empty', 'Free tissue'],
  ['ecm', 'Stroma (ECM)'],
];

/** Viridis stops, matching the shader's colormap. */
const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

export function renderLegend(
  root: HTMLElement,
  overlay: { name: string; max: string } | null,
  palette: Readonly<Record<string, Rgb>> = PALETTE,
): void {
  root.replaceChildren();
  for (const [key, label] of ENTRIES) {
    const row = document.createElement('div');
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = cssColour(palette[key] ?? PALETTE[key]);
    row.append(sw, label);
    root.append(row);
  }
  if (overlay) {
    const title = document.createElement('div');
    title.textContent = `Overlay: ${overlay.name}`;
    title.style.marginTop = '6px';
    const ramp = document.createElement('div');
    ramp.className = 'ramp';
    ramp.style.background = `linear-gradient(to right, ${VIRIDIS.join(', ')})`;
    const labels = document.createElement('div');
    labels.className = 'ramp-labels';
    const lo = document.createElement('span');
    lo.textContent = '0';
    const hi = document.createElement('span');
    hi.textContent = overlay.max;
    labels.append(lo, hi);
    root.append(title, ramp, labels);
  }
}
