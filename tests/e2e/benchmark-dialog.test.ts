/**
 * The Benchmark button: runs the protocol at a tiny size with the simulation paused, shows a table
 * row per size, copies parseable JSON, and leaves the user's lattice exactly as it was.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { clickByText, openPlayground, pauseAndSettle, saveArtifact, tme, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('?latticeSize=64');
  await p.context.overridePermissions(new URL(inject('baseUrl')).origin, [
    'clipboard-read',
    'clipboard-write',
    'clipboard-sanitized-write',
  ]);
});
afterAll(() => p?.close());

it('benchmarks a 64 × 64 lattice with tiled sweeps and fused intents, shows the table, copies JSON and keeps the running lattice', async () => {
  const { page } = p;
  await waitForHour(page, 1);
  expect(await page.$eval('#frame-time', (e) => e.textContent)).toMatch(/^\d+(\.\d)? ms\/frame$/);
  const hour = await pauseAndSettle(page);
  const before = await tme(page, (t) => t.latticeHash());

  await clickByText(page, 'Benchmark');
  await page.$eval('#benchmark input[name=sizes]', (e) => ((e as HTMLInputElement).value = '64'));
  await page.$eval('#benchmark input[name=budget]', (e) => ((e as HTMLInputElement).value = '1'));
  // The tiled field sweeps and the fused intents run in the browser's Dawn too (the default engine
  // runs in every other test).
  await page.click('#benchmark input[name=tiled]');
  await page.click('#benchmark input[name=fused]');
  await page.click('#benchmark button[type=submit]');
  await page.waitForSelector('#benchmark .bench-progress:not([hidden])', { timeout: 10_000 });
  await page.waitForSelector('#benchmark .bench-results table', { timeout: 120_000 });
  // Two tables (throughput, bandwidth), each with a row per size.
  const rows = await page.$$eval('#benchmark .bench-results table', (tables) =>
    tables.map((t) => [...t.querySelectorAll('tbody tr')].map((tr) => tr.firstElementChild?.textContent)),
  );
  expect(rows).toEqual([['64²'], ['64²']]);
  expect(await page.$eval('#benchmark .bench-score', (e) => e.textContent)).toMatch(
    /^Score: [\d.]+( k| M| G)? site-hours per second on 64² \([\d.]+( k)? model hours per second\), the largest lattice run\.$/,
  );
  const summary = await page.$eval('#benchmark .bench-results ul', (e) => e.textContent);
  expect(summary).toContain('field sweeps tiled in workgroup memory');
  expect(summary).toContain('intents fused with their resolve in workgroup memory');
  await page.screenshot({ path: saveArtifact('benchmark-dialog.png') });

  await page.click('#benchmark .bench-copy');
  await page.waitForFunction(
    () => /Copied/.test(document.querySelector('#benchmark .bench-copied')?.textContent ?? ''),
    { timeout: 10_000 },
  );
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
    schema: string;
    engine: { tiledSweeps: boolean; fusedIntents: boolean };
    sizes: Array<{ side: number; hoursPerSecond: number }>;
  };
  expect(json.schema).toBe('tme-bench/1');
  expect(json.engine).toEqual({ tiledSweeps: true, fusedIntents: true });
  expect(json.sizes.map((s) => s.side)).toEqual([64]);
  expect(json.sizes[0].hoursPerSecond).toBeGreaterThan(0);

  await page.click('#benchmark .bench-close');
  expect(await tme(page, (t) => t.hour)).toBe(hour);
  expect(await tme(page, (t) => t.latticeHash())).toBe(before);
  expect(p.errors).toEqual([]);
});
