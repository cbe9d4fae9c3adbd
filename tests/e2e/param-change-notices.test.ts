/**
 * The notice after a change in the panel says what happened to it: a live parameter (CTL
 * recruitment) acts on the running simulation at once and shows no "applies at the next reset"
 * notice; a parameter that shapes the initial lattice (tumour radius) says it applies at the next
 * reset and leaves the run going; a refused value says why.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openFolder, typeNumber } from './gui';
import { openPlayground, tme, waitForHour, waitForNotice, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  // No T-cell recruitment at all: the only CTLs the run can have are those the live change brings.
  p = await openPlayground('?ctlRecruitmentRate=0&seed=5');
});
afterAll(() => p?.close());

/** Every notice shown from now on, even one that is dismissed or times out before it is read. */
const recordNotices = (q: OpenPage): Promise<void> =>
  q.page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { noticesSeen: seen });
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof HTMLElement) seen.push(n.textContent ?? '');
    }).observe(document.getElementById('notices')!, { childList: true });
  });
const noticesSeen = (q: OpenPage): Promise<string[]> =>
  q.page.evaluate(() => (window as unknown as { noticesSeen: string[] }).noticesSeen);

it('a live change shows no reset notice and reaches the running simulation', async () => {
  await waitForHour(p.page, 3);
  expect(await tme(p.page, (t) => t.latestCounts().CTL)).toBe(0);
  await recordNotices(p);
  await openFolder(p.page, 'Immune cells');
  await typeNumber(p.page, 'CTL recruitment', 5);
  expect(await tme(p.page, (t) => t.values.ctlRecruitmentRate)).toBe(5);
  // Without a reset, T cells now arrive in the running lattice.
  await p.page.waitForFunction(
    () => (window as unknown as { tme: { latestCounts(): Record<string, number> } }).tme.latestCounts().CTL > 0,
    { timeout: 120_000, polling: 200 },
  );
  expect((await noticesSeen(p)).filter((t) => /next reset/.test(t))).toEqual([]);
  expect(p.errors).toEqual([]);
});

it('a reset-only change says it applies at the next reset, and the run goes on', async () => {
  const hour = await tme(p.page, (t) => t.hour);
  await openFolder(p.page, 'Initial conditions');
  await typeNumber(p.page, 'Initial tumour radius', 300);
  expect(await waitForNotice(p.page, /^Initial tumour radius applies at the next reset — press Reset\./)).toBeTruthy();
  expect(await tme(p.page, (t) => t.values.tumorRadius)).toBe(300);
  await waitForHour(p.page, hour + 2); // no reset: the clock did not go back to 0
  expect(p.errors).toEqual([]);
});

it('a refused value says why and changes nothing', async () => {
  const accepted = await tme(p.page, (t) => t.setParam('ctlKillRate', -1));
  expect(accepted).toBe(false);
  expect(await waitForNotice(p.page, /ctlKillRate: -1 is outside/)).not.toMatch(/next reset/);
  expect(await tme(p.page, (t) => t.values.ctlKillRate)).toBe(1);
});
