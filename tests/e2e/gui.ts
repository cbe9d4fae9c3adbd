/** Drives lil-gui controls by their visible names, as a user would. */
import type { ElementHandle, Page } from 'puppeteer-core';
import { clickByText } from './page';

/** Opens a folder of the panel if it is closed (a click on an open folder would close it). */
export async function openFolder(page: Page, title: string): Promise<void> {
  const closed = await page.evaluate((t: string) => {
    const el = [...document.querySelectorAll('#panel .lil-title')].find((e) => e.textContent?.trim() === t);
    return el?.parentElement?.classList.contains('lil-closed') ?? null;
  }, title);
  if (closed === null) throw new Error(`no folder '${title}'`);
  if (closed) await clickByText(page, title);
}

async function controlInput<T extends Element>(page: Page, name: string, selector: string): Promise<ElementHandle<T>> {
  const handle = await page.evaluateHandle(
    (n: string, sel: string) =>
      [...document.querySelectorAll('#panel .lil-controller')]
        .find((e) => e.querySelector('.lil-name')?.textContent?.startsWith(n))
        ?.querySelector(sel) ?? null,
    name,
    selector,
  );
  const el = handle.asElement() as ElementHandle<T> | null;
  if (!el) throw new Error(`no control named '${name}' with ${selector}`);
  await page.waitForFunction((e: Element) => (e as HTMLElement).offsetWidth > 0, { timeout: 10_000 }, el); // folders open with an animation
  return el;
}

/** Chooses the option shown as `option` in the dropdown named `name`. */
export async function chooseOption(page: Page, name: string, option: string): Promise<void> {
  const select = await controlInput<HTMLSelectElement>(page, name, 'select');
  const ok = await select.evaluate((s, text) => {
    const i = [...s.options].findIndex((o) => o.textContent === text);
    if (i < 0) return false;
    s.selectedIndex = i;
    s.dispatchEvent(new Event('change'));
    return true;
  }, option);
  if (!ok) throw new Error(`'${name}' has no option '${option}'`);
}

/** Types a number into the box of the control named `name` and confirms it with Enter. */
export async function typeNumber(page: Page, name: string, value: number): Promise<void> {
  const input = await controlInput<HTMLInputElement>(page, name, 'input');
  await input.focus();
  await input.evaluate((e) => e.select());
  await input.type(String(value));
  await input.press('Enter');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Ticks or unticks the checkbox named `name`. */
export async function setCheckbox(page: Page, name: string, on: boolean): Promise<void> {
  const box = await controlInput<HTMLInputElement>(page, name, 'input[type=checkbox]');
  if ((await box.evaluate((b) => b.checked)) !== on) await box.click();
}
