/** The readouts box on the stage (model.md §6): the immune phenotype and the key numbers of the latest hour. */
import { PHENOTYPE_NAMES } from '../model/readouts';
import type { HourStats } from '../model/stats';

const pct = (x: number): string => `${(100 * x).toFixed(0)} %`;

export function renderReadouts(root: HTMLElement, latest: HourStats | null): void {
  root.replaceChildren();
  if (!latest) return;
  const c = latest.counts;
  const phenotype = document.createElement('div');
  const name = PHENOTYPE_NAMES[c.phenotype] ?? '—';
  phenotype.innerHTML = 'Immune phenotype: <span class="phenotype"></span>';
  const label = phenotype.querySelector('span')!;
  label.textContent = name;
  label.classList.add(name);
  phenotype.title = 'desert: few CD8 cells within 100 µm of the tumour; excluded: they do not reach it; inflamed: they touch and enter it';
  const rows = [
    `Tumour Ø ${(c.diameter_um / 1000).toFixed(2)} mm · necrotic ${pct(c.necrotic_fraction)} · hypoxic ${pct(c.hypoxic_fraction)}`,
    `PD-L1+ ${pct(c.pdl1_positive_fraction)} · antigenicity ${c.mean_antigenicity.toFixed(2)}`,
    `CD8 inside ${c.cd8_inside} · margin ${c.cd8_margin} · near ${c.cd8_near}`,
    `CD8/Treg ${c.cd8_treg_ratio.toFixed(1)} · M1/M2 ${c.m1_m2_ratio.toFixed(1)} · priming ${c.priming.toFixed(2)}×`,
  ];
  root.append(phenotype, ...rows.map((text) => Object.assign(document.createElement('div'), { textContent: text })));
}
