import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPlayground, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  // Every rule of the foundation active: growth, necrosis in a large disk, recruitment, killing, exhaustion.
  p = await openPlayground('?ctlRecruitmentRate=1&tumorRadius=300&vesselDensity=0.01&ctlKillRate=3');
});
afterAll(() => p?.close());

it('the browser GPU lattice equals the CPU twin bit for bit after 100 model hours on 128 × 128', async () => {
  await waitForHour(p.page, 1);
  await p.page.evaluate(() => (window as unknown as { tme: { setPlaying(b: boolean): void } }).tme.setPlaying(false));
  const result = await p.page.evaluate(() =>
    (window as unknown as { tme: { checkTwin(h: number, s: number): Promise<unknown> } }).tme.checkTwin(100, 128),
  );
  expect(result).toEqual({ hours: 100, size: 128, difference: null });
  expect(p.errors).toEqual([]);
});
