import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseOption, openFolder } from './gui';
import { canvasPixels, countColour, PALETTE } from './pixels';
import { openPlayground, saveArtifact, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

const readouts = (q: OpenPage): Promise<string> => q.page.$eval('#readouts', (e) => e.textContent ?? '');

it('the excluded scenario draws a stroma ring, is named excluded in the readouts, and every cell type is in the legend', async () => {
  await waitForHour(p.page, 2);
  const legend = await p.page.$eval('#legend', (e) => e.textContent ?? '');
  for (const label of [
    'Regulatory T cell',
    'Macrophage M0',
    'Macrophage M1',
    'Macrophage M2',
    'MDSC',
    'Fibroblast (CAF)',
    'Stroma (ECM)',
  ])
    expect(legend).toContain(label);

  await openFolder(p.page, 'Simulation');
  await chooseOption(p.page, 'Scenario', 'Immune-excluded tumour');
  await p.page.waitForFunction(() => (window as unknown as { tme: { hour: number } }).tme.hour < 5, {
    timeout: 30_000,
  });
  await waitForHour(p.page, 30);
  const values = await p.page.evaluate(
    () => (window as unknown as { tme: { values: Record<string, number> } }).tme.values,
  );
  expect(values.ecmRingWidth).toBe(80);
  expect(await p.page.evaluate(() => location.search)).toContain('scenario=excluded');
  expect(await readouts(p)).toContain('Immune phenotype: excluded');
  // Free tissue in the ring is tinted towards the stroma colour.
  const px = await canvasPixels(p.page);
  const e = 0.95;
  const ring: [number, number, number] = [0, 1, 2].map((k) => PALETTE.empty[k] * (1 - e) + PALETTE.ecm[k] * e) as [
    number,
    number,
    number,
  ];
  expect(countColour(px, ring)).toBeGreaterThan(200);
  await p.page.screenshot({ path: saveArtifact('setup-excluded.png') });
  expect(p.errors).toEqual([]);
});

it('the inflamed scenario is named inflamed and the IFN-γ overlay can be shown', async () => {
  await chooseOption(p.page, 'Scenario', 'Inflamed (hot) tumour');
  await p.page.waitForFunction(() => (window as unknown as { tme: { hour: number } }).tme.hour < 5, {
    timeout: 30_000,
  });
  await waitForHour(p.page, 24);
  expect(await readouts(p)).toContain('Immune phenotype: inflamed');
  await openFolder(p.page, 'View');
  await chooseOption(p.page, 'Field overlay', 'IFN-γ');
  const legend = await p.page.$eval('#legend', (el) => el.textContent ?? '');
  expect(legend).toContain('Overlay: IFN-γ');
  await p.page.screenshot({ path: saveArtifact('setup-inflamed-ifn.png') });
  expect(p.errors).toEqual([]);
});
