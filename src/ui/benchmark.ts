/**
 * The panel's Benchmark button: runs the benchmark protocol (src/bench) on separate lattices on this
 * page's GPU, with the running simulation paused and left as it was, shows a progress bar with
 * Cancel, then the results table and a Copy JSON button. `npm run bench` drives the same dialog.
 */
import type GUI from 'lil-gui';
import { version as APP_VERSION } from '../../package.json';
import {
  adapterName,
  BANDWIDTH_NOTE,
  bandwidthTable,
  headline,
  summaryLines,
  throughputTable,
  type TextTable,
} from '../bench/markdown';
import { runBenchmark, type BenchOptions } from '../bench/protocol';
import type { BenchEnvironment, BenchResult } from '../bench/result';
import { el } from './dom';
import type { GpuLender, NoticeBoard } from './ports';
import './benchmark.css';

/** Lattice sides and seconds per size in the page: enough for a figure, short on a software adapter. */
export const PAGE_SIZES = [128, 256];
export const PAGE_BUDGET_SECONDS = 8;
const MIN_SIDE = 64;

export function pageEnvironment(): BenchEnvironment {
  const ua = navigator.userAgent;
  const browser = /(Edg|OPR|Firefox|Chrome|Chromium|Version)\/([\d.]+)/.exec(ua);
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return {
    runtime: browser ? `${browser[1] === 'Version' ? 'Safari' : browser[1]} ${browser[2]}` : 'browser',
    userAgent: ua,
    os: data?.platform || navigator.platform || 'unknown',
    cpu: `${navigator.hardwareConcurrency ?? '?'} logical cores`,
  };
}

/** Sides from a list like "128, 256"; an error message names a bad entry. */
export function parseSides(text: string, maxSide: number): number[] | string {
  const sides = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  const bad = sides.find((s) => !Number.isInteger(s) || s < MIN_SIDE || s > maxSide || s % 16 !== 0);
  if (bad !== undefined)
    return `Lattice sides must be multiples of 16 from ${MIN_SIDE} to ${maxSide}; '${bad}' is not.`;
  return sides.length ? sides : 'Give at least one lattice side.';
}

function htmlTable(t: TextTable): HTMLTableElement {
  const head = el('thead', {}, el('tr', {}, ...t.head.map((h) => el('th', { textContent: h }))));
  return el(
    'table',
    {},
    head,
    el('tbody', {}, ...t.rows.map((r) => el('tr', {}, ...r.map((c) => el('td', { textContent: c }))))),
  );
}

export class BenchmarkDialog {
  private readonly root = el('div', { id: 'benchmark', hidden: true });
  private readonly sizes = el('input', { name: 'sizes', value: PAGE_SIZES.join(', ') });
  private readonly budget = el('input', {
    name: 'budget',
    type: 'number',
    min: '1',
    max: '600',
    value: String(PAGE_BUDGET_SECONDS),
  });
  private readonly tiled = el('input', { name: 'tiled', type: 'checkbox' });
  private readonly fused = el('input', { name: 'fused', type: 'checkbox' });
  private readonly start = el('button', { type: 'submit', textContent: 'Run' });
  private readonly bar = el('progress', { max: 1, value: 0 });
  private readonly label = el('span', { className: 'bench-label' });
  private readonly cancelButton = el('button', { type: 'button', textContent: 'Cancel', className: 'bench-cancel' });
  private readonly progress = el(
    'div',
    { className: 'bench-progress', hidden: true },
    this.bar,
    this.label,
    this.cancelButton,
  );
  private readonly message = el('p', { className: 'bench-message' });
  private readonly results = el('div', { className: 'bench-results' });
  private abort: AbortController | null = null;
  /** The last completed run. */
  result: BenchResult | null = null;

  constructor(
    private readonly lender: GpuLender,
    private readonly notices: NoticeBoard,
    parent: HTMLElement,
  ) {
    this.root.setAttribute('role', 'dialog');
    this.root.setAttribute('aria-label', 'Benchmark');
    const form = this.form();
    form.onsubmit = (e) => {
      e.preventDefault();
      void this.runFromForm();
    };
    this.cancelButton.onclick = () => this.abort?.abort();
    const close = el('button', { type: 'button', textContent: 'Close', className: 'bench-close' });
    close.onclick = () => this.close();
    const intro = el('p', {
      className: 'bench-intro',
      textContent:
        'Times the model on this GPU: the inflamed setup on separate lattices, whole model hours, each pass group alone, a bandwidth probe and a Game-of-Life reference (docs/performance.md). Your simulation pauses meanwhile and continues unchanged.',
    });
    this.root.append(
      el(
        'div',
        { className: 'bench-box' },
        el('h2', { textContent: 'Benchmark' }),
        intro,
        form,
        this.progress,
        this.message,
        this.results,
        close,
      ),
    );
    parent.append(this.root);
  }

  /** Sizes, seconds per size, the engine options and Run. */
  private form(): HTMLFormElement {
    const tiledLabel = el(
      'label',
      {
        title:
          'Relax the fields four half-sweeps at a time in workgroup memory: the same lattice, faster or slower depending on the GPU. Run once with and once without to compare.',
      },
      this.tiled,
      ' Tiled field sweeps',
    );
    const fusedLabel = el(
      'label',
      {
        title:
          "Compute the cells' intents in workgroup memory and resolve them in the same dispatch: the same lattice, faster or slower depending on the GPU. Run once with and once without to compare.",
      },
      this.fused,
      ' Fused intents',
    );
    return el(
      'form',
      { className: 'bench-form' },
      el('label', {}, 'Lattice sides ', this.sizes),
      el('label', {}, 'Seconds per size ', this.budget),
      tiledLabel,
      fusedLabel,
      this.start,
    );
  }

  /** Adds the Benchmark button to the panel. */
  addButton(gui: GUI): void {
    const button = gui.add({ benchmark: () => this.open() }, 'benchmark').name('Benchmark');
    button.domElement.title =
      'Measures model hours per second, milliseconds per pass group and memory bandwidth on this GPU.';
    button.domElement.classList.add('bench-button'); // presenter mode hides it (benchmark.css)
  }

  open(): void {
    this.root.hidden = false;
  }

  close(): void {
    this.abort?.abort();
    this.root.hidden = true;
  }

  /** Runs the protocol with the simulation suspended, showing progress and then the tables. */
  async run(options: BenchOptions, onProgress?: (fraction: number, label: string) => void): Promise<BenchResult> {
    this.open();
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.setRunning(true);
    this.results.replaceChildren();
    this.message.textContent = '';
    const progress = (fraction: number, label: string): void => {
      this.bar.value = fraction;
      this.label.textContent = `${Math.round(100 * fraction)} % — ${label}`;
      onProgress?.(fraction, label);
    };
    const report = (m: string): void => void this.notices.show(m, 'warn');
    try {
      const result = await this.lender.suspend(() =>
        runBenchmark(this.lender.gpu, options, {
          environment: pageEnvironment(),
          appVersion: APP_VERSION,
          progress,
          signal,
          report,
        }),
      );
      this.result = result;
      this.showResult(result);
      return result;
    } catch (e) {
      this.message.textContent = signal.aborted
        ? 'Cancelled; the simulation continues where it was.'
        : `The benchmark failed: ${(e as Error).message}`;
      throw e;
    } finally {
      this.abort = null;
      this.setRunning(false);
    }
  }

  private async runFromForm(): Promise<void> {
    const sizes = parseSides(this.sizes.value, this.lender.gpu.maxSide);
    if (typeof sizes === 'string') {
      this.message.textContent = sizes;
      return;
    }
    await this.run({
      sizes,
      budgetSeconds: Math.max(1, Number(this.budget.value) || PAGE_BUDGET_SECONDS),
      engine: { tiledSweeps: this.tiled.checked, fusedIntents: this.fused.checked },
    }).catch(() => undefined);
  }

  private setRunning(running: boolean): void {
    this.progress.hidden = !running;
    this.start.disabled = running;
    if (running) this.bar.value = 0;
  }

  private showResult(r: BenchResult): void {
    const copy = el('button', { type: 'button', textContent: 'Copy JSON', className: 'bench-copy' });
    const status = el('span', { className: 'bench-copied', role: 'status' } as Partial<HTMLSpanElement>);
    copy.onclick = async () => {
      const ok = await copyText(JSON.stringify(r, null, 2));
      status.textContent = ok
        ? 'Copied to the clipboard.'
        : 'The clipboard refused; the JSON is on the console instead.';
    };
    const summary = el('ul', {}, ...summaryLines(r).map((line) => el('li', { textContent: line })));
    const scroll = (t: TextTable): HTMLElement => el('div', { className: 'bench-table' }, htmlTable(t));
    this.results.replaceChildren(
      el('h3', { textContent: adapterName(r) }),
      el('p', { className: 'bench-score', textContent: headline(r) }),
      scroll(throughputTable(r)),
      el('p', { textContent: BANDWIDTH_NOTE }),
      scroll(bandwidthTable(r)),
      summary,
      el('div', { className: 'bench-actions' }, copy, status),
    );
  }
}

/** Writes `text` to the clipboard, falling back to a selected text area where the API is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el('textarea', { value: text });
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) console.info(text);
    return ok;
  }
}
