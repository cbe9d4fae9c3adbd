import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIELD_COUNT } from '../../src/model/fields';
import { hourOf, openPlayground, pauseAndSettle, tme, waitForHour, waitForNotice, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

it('malformed snapshot files are refused with a message naming the problem, and nothing changes', async () => {
  const page = p.page;
  await waitForHour(page, 3);
  const hour = await pauseAndSettle(page);
  const hash = await tme(page, (t) => t.latticeHash());
  const dir = mkdtempSync(join(tmpdir(), 'tme-bad-'));
  const input = (await page.$('#snapshot-file')) as ElementHandle<HTMLInputElement>;
  const cases: Array<[string, string, RegExp]> = [
    [
      'not-json.json',
      '{"format": "tme-snapshot/1", "width": 12',
      /Could not load 'not-json\.json': the file is not JSON .*\. Nothing was changed\./,
    ],
    [
      'short-state.json',
      JSON.stringify({
        format: 'tme-snapshot/1',
        width: 128,
        height: 128,
        hour: 3,
        seed: 1,
        fieldCount: FIELD_COUNT,
        parameters: { latticeSize: 128, seed: 1 },
        state: 'AAAA',
        fields: 'AAAA',
      }),
      /Could not load 'short-state\.json': 'state' holds 3 bytes; a state of this lattice needs 131072\. Nothing was changed\./,
    ],
    ['other-format.json', JSON.stringify({ format: 'png' }), /'format' is "png", expected 'tme-snapshot\/1'/],
  ];
  for (const [name, text, message] of cases) {
    writeFileSync(join(dir, name), text);
    await input.uploadFile(join(dir, name));
    await waitForNotice(page, message);
  }
  expect(await tme(page, (t) => t.latticeHash())).toBe(hash);
  expect(await hourOf(page)).toBe(hour);
  expect(await tme(page, (t) => t.ui.playing)).toBe(false);
  expect(p.errors).toEqual([]);
});
