/**
 * The readouts box on the stage (model.md §6): the immune phenotype and the key numbers of the
 * latest hour; under therapy also the response since it started and its toxicity measures.
 */
import { PHENOTYPE_NAMES } from '../model/readouts';
import type { HourStats } from '../model/stats';
import type { Response } from '../model/therapy/response';

const pct = (x: number): string => `${(100 * x).toFixed(0)} %`;

export function renderReadouts(
  root: HTMLElement,
  latest: HourStats | null,
  response: Response | null = null,
  title: string | null = null,
): void {
  root.replaceChildren();
  if (!latest) return;
  if (title) root.append(Object.assign(document.createElement('div'), { className: 'title', textContent: title }));
  const c = latest.counts;
  const phenotype = document.createElement('div');
  const name = PHENOTYPE_NAMES[c.phenotype] ?? '—';
  phenotype.innerHTML = 'Immune phenotype: <span class="phenotype"></span>';
  const label = phenotype.querySelector('span')!;
  label.textContent = name;
  label.classList.add(name);
  phenotype.title =
    'desert: few CD8 cells within 100 µm of the tumour; excluded: they do not reach it; inflamed: they touch and enter it';
  const rows = [
    `Tumour Ø ${(c.diameter_um / 1000).toFixed(2)} mm · necrotic ${pct(c.necrotic_fraction)} · hypoxic ${pct(c.hypoxic_fraction)}`,
    `PD-L1+ ${pct(c.pdl1_positive_fraction)} · antigenicity ${c.mean_antigenicity.toFixed(2)}`,
    `CD8 inside ${c.cd8_inside} · margin ${c.cd8_margin} · near ${c.cd8_near}`,
    `CD8/Treg ${c.cd8_treg_ratio.toFixed(1)} · M1/M2 ${c.m1_m2_ratio.toFixed(1)} · priming ${c.priming.toFixed(2)}×`,
  ];
  if (c.resistant > 0 || c.doomed > 0)
    rows.push(`Drug-resistant ${pct(c.resistant / Math.max(1, c.tumour))} · doomed by radiation ${c.doomed}`);
  root.append(phenotype, ...rows.map((text) => Object.assign(document.createElement('div'), { textContent: text })));
  if (response) {
    const r = document.createElement('div');
    r.innerHTML = 'Response since day <span class="start"></span>: <span class="response"></span>';
    r.querySelector('.start')!.textContent = (response.start / 24).toFixed(1);
    const label = r.querySelector<HTMLElement>('.response')!;
    label.textContent =
      response.category +
      (response.timeToProgression !== null
        ? ` (progressed after ${(response.timeToProgression / 24).toFixed(1)} d)`
        : '');
    label.classList.add(response.category);
    r.title =
      'RECIST-like, on the equivalent diameter: complete = no tumour cells; partial ≤ 70 % of the diameter at therapy start; progressive ≥ 120 % of the smallest since; stable otherwise.';
    const tox = Object.assign(document.createElement('div'), {
      textContent: `Lymphocytes lost ${response.lymphocytesLost} · drug at tumour ${(response.tumourDrugExposure + response.tumourNanoExposure).toFixed(1)} · in plasma ${response.plasmaDrugExposure.toFixed(1)} (unit·h)`,
      title:
        'Toxicity and exposure since therapy start: CTLs and Tregs killed by chemotherapy or radiation; free drug + nanoparticle payload at tumour cells vs free drug in plasma (systemic).',
    });
    root.append(r, tox);
  }
}
