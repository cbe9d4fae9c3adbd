/**
 * The inspect card: a click on a site (no drag, no paint tool) opens a small floating card with the
 * site's cell, every property its words hold and the local fields. While open it re-reads the
 * lattice at most twice a second, so it follows the simulation as it runs.
 */
import { describeSite } from '../model/describe';
import type { Lattice } from '../model/lattice';
import type { Camera } from './camera';
import { fieldReadings } from './field-names';
import type { SitePoint } from './paint';
import type { LatticeReader } from './ports';

/** Longest pointer travel (CSS px) that still counts as a click rather than a drag. */
const CLICK_SLOP_PX = 4;
/** Pause between reads while the card is open: about twice a second, and never overlapping. */
const POLL_MS = 500;
/** Gap between the pointer and the card. */
const CARD_OFFSET_PX = 14;

export class Inspector {
  private readonly card: HTMLElement;
  private readonly body: HTMLElement;
  private down: { x: number; y: number } | null = null;
  /** Identifies the open card; closing or reopening ends the previous card's polling. */
  private token = 0;
  private site: SitePoint | null = null;

  constructor(
    private readonly camera: Camera,
    private readonly lattice: LatticeReader,
    private readonly stage: HTMLElement,
    private readonly enabled: () => boolean,
  ) {
    this.card = document.createElement('div');
    this.card.className = 'inspect-card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', 'Site inspector');
    this.card.hidden = true;
    const close = document.createElement('button');
    close.className = 'close';
    close.textContent = '×';
    close.title = 'Close (Esc)';
    close.onclick = () => this.close();
    this.body = document.createElement('div');
    this.card.append(close, this.body);
    stage.append(this.card);
    const canvas = camera.canvas;
    canvas.addEventListener(
      'pointerdown',
      (e) => (this.down = e.isPrimary && e.button === 0 ? { x: e.clientX, y: e.clientY } : null),
    );
    canvas.addEventListener('pointerup', (e) => this.onUp(e));
  }

  /** Opens the card on a site, placed near a client position. */
  open(site: SitePoint, clientX: number, clientY: number): void {
    this.site = site;
    this.card.hidden = false;
    this.body.textContent = 'reading…';
    this.place(clientX, clientY);
    void this.poll(++this.token);
  }

  close(): void {
    this.token++;
    this.site = null;
    this.card.hidden = true;
  }

  private onUp(e: PointerEvent): void {
    const start = this.down;
    this.down = null;
    if (!start || !this.enabled() || Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP_PX) return;
    const p = this.camera.siteAt(e.clientX, e.clientY);
    this.open({ x: Math.floor(p.x), y: Math.floor(p.y) }, e.clientX, e.clientY);
  }

  private place(clientX: number, clientY: number): void {
    const stage = this.stage.getBoundingClientRect();
    const x = Math.min(clientX - stage.left + CARD_OFFSET_PX, stage.width - this.card.offsetWidth - 4);
    const y = Math.min(clientY - stage.top + CARD_OFFSET_PX, stage.height - this.card.offsetHeight - 4);
    this.card.style.left = `${Math.max(4, x)}px`;
    this.card.style.top = `${Math.max(4, y)}px`;
  }

  private async poll(token: number): Promise<void> {
    while (token === this.token) {
      try {
        const lattice = await this.lattice.readState();
        if (token !== this.token) return;
        this.render(lattice);
      } catch (e) {
        if (token === this.token) this.body.textContent = `The site could not be read: ${(e as Error).message}`;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  private render(lattice: Lattice): void {
    const { x, y } = this.site!;
    const title = document.createElement('h3');
    title.textContent = `Site (${x}, ${y}) · hour ${lattice.hour}`;
    if (x < 0 || y < 0 || x >= lattice.width || y >= lattice.height) {
      this.body.replaceChildren(title, `Outside the ${lattice.width} × ${lattice.height} lattice.`);
      return;
    }
    const site = y * lattice.width + x;
    const d = describeSite(lattice.state[2 * site], lattice.state[2 * site + 1]);
    const rows: Array<[string, string]> = [['type', d.typeName]];
    if (d.stateName) rows.push(['state', d.stateName]);
    for (const p of d.properties) rows.push([p.label, p.text]);
    const fields = fieldReadings(lattice, site).map((f): [string, string] => [f.label, f.text]);
    this.body.replaceChildren(title, table('cell', rows), table('fields', fields));
  }
}

function table(caption: string, rows: Array<[string, string]>): HTMLTableElement {
  const t = document.createElement('table');
  t.createCaption().textContent = caption;
  for (const [label, value] of rows) {
    const tr = t.insertRow();
    tr.dataset.label = label;
    const th = document.createElement('th');
    th.textContent = label;
    tr.append(th);
    tr.insertCell().textContent = value;
  }
  return t;
}
