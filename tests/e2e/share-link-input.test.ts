import { afterEach, expect, it } from 'vitest';
import { openPlayground, waitForHour, type OpenPage } from './page';

let p: OpenPage | undefined;
afterEach(() => p?.close());

const notices = (q: OpenPage) => q.page.$$eval('#notices .notice', (els) => els.map((e) => e.textContent ?? ''));
type Tme = { values: Record<string, number>; setParam(k: string, v: number): boolean };

it('a malformed link is ignored or clamped with a visible note, and the page still runs', async () => {
  p = await openPlayground('?ctlKillRate=abc&tumorRadius=99999&bogus=1&seed=7');
  await waitForHour(p.page, 2);
  const text = (await notices(p)).join('\n');
  expect(text).toContain("Ignored ctlKillRate='abc'");
  expect(text).toContain('tumorRadius=99999 is not allowed');
  expect(text).toContain("Ignored unknown link parameter 'bogus'");
  const values = await p.page.evaluate(() => (window as unknown as { tme: Tme }).tme.values);
  expect(values.tumorRadius).toBe(5000);
  expect(values.seed).toBe(7);
  expect(values.ctlKillRate).toBe(1);
  expect(p.errors).toEqual([]);
});

it('a lattice too big for the adapter is refused with the largest size that fits', async () => {
  p = await openPlayground();
  await waitForHour(p.page, 1);
  const accepted = await p.page.evaluate(() => (window as unknown as { tme: Tme }).tme.setParam('latticeSize', 16384));
  expect(accepted).toBe(false);
  const text = (await notices(p)).join('\n');
  expect(text).toMatch(
    /A 16384 × 16384 lattice does not fit this GPU's buffer limits; the largest that fits is \d+ × \d+\./,
  );
  expect(await p.page.evaluate(() => (window as unknown as { tme: Tme }).tme.values.latticeSize)).toBe(128);
});
