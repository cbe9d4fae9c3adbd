import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasPixels, countColour, countCtl, PALETTE } from './pixels';
import { openPlayground, saveArtifact, waitForHour, type OpenPage } from './page';

describe('the playground page', () => {
  let p: OpenPage;
  beforeAll(async () => {
    // High recruitment so T cells arrive within a few model hours on the software adapter.
    p = await openPlayground('?ctlRecruitmentRate=2');
  });
  afterAll(() => p?.close());

  it('names the software adapter and shows the legend', async () => {
    await waitForHour(p.page, 1);
    const adapter = await p.page.$eval('#adapter', (e) => e.textContent ?? '');
    expect(adapter).toMatch(/swiftshader/i);
    expect(adapter).toMatch(/software adapter: runs on the CPU/);
    const legend = await p.page.$eval('#legend', (e) => e.textContent ?? '');
    for (const label of [
      'Tumour cell',
      'Necrotic debris',
      'Blood vessel',
      'CD8 T cell (effector)',
      'CD8 T cell (activated)',
      'CD8 T cell (exhausted)',
    ])
      expect(legend).toContain(label);
  });

  it('draws the tumour at the centre and T cells after recruitment, without console errors', async () => {
    await waitForHour(p.page, 30);
    const px = await canvasPixels(p.page);
    const centre = countColour(px, PALETTE.tumour, [0.4, 0.4, 0.6, 0.6]);
    const corners = countColour(px, PALETTE.tumour, [0.8, 0.8, 1, 1]); // (the legend covers the top left)
    expect(centre).toBeGreaterThan(0.3 * (0.2 * px.width) * (0.2 * px.height));
    expect(corners).toBe(0);
    expect(countCtl(px)).toBeGreaterThan(20);
    await p.page.screenshot({ path: saveArtifact('page-hour-30.png') });
    expect(p.errors).toEqual([]);
  });

  it('advances the hour counter and the chart while playing', async () => {
    const before = await p.page.evaluate(() => (window as unknown as { tme: { hour: number } }).tme.hour);
    await waitForHour(p.page, before + 3);
    const day = await p.page.$eval('#day', (e) => e.textContent ?? '');
    expect(day).toMatch(/^day \d+\.\d$/);
    const counts = await p.page.evaluate(() =>
      (window as unknown as { tme: { latestCounts(): Record<string, number> } }).tme.latestCounts(),
    );
    expect(counts.tumour).toBeGreaterThan(100);
    expect(counts.CTL).toBeGreaterThan(0);
  });
});
