/** The top bar: the model clock (hour, day, model hours per second, ms per frame) and the adapter's name. */
import type { AdapterSummary } from '../engine/device';

const SPEED_WINDOW_MS = 3000;
/** The frame time's text changes every this many frames, so it can be read. */
const FRAME_TEXT_EVERY = 30;

export class ClockDisplay {
  private samples: Array<{ t: number; hour: number }> = [];
  /** Milliseconds per drawn frame, shown beside the speed. */
  private readonly frameTime: HTMLElement;
  private frames: number[] = [];

  constructor(private readonly el: { hour: HTMLElement; day: HTMLElement; speed: HTMLElement }) {
    this.frameTime = document.createElement('div');
    this.frameTime.id = 'frame-time';
    this.frameTime.title = 'Milliseconds between drawn frames (the page draws once per display refresh at most)';
    el.speed.after(this.frameTime);
  }

  /** Notes that a frame is being drawn now; shows the mean frame time about twice a second. */
  frame(): void {
    const now = performance.now();
    this.frames.push(now);
    while (this.frames.length > 2 && now - this.frames[0] > SPEED_WINDOW_MS) this.frames.shift();
    const shown =
      this.frames.length > 1 && (this.frames.length % FRAME_TEXT_EVERY === 0 || !this.frameTime.textContent);
    if (shown)
      this.frameTime.textContent = `${((now - this.frames[0]) / (this.frames.length - 1)).toFixed(1)} ms/frame`;
  }

  /** Forgets the speed history (a new run, or a jump in the hour). */
  clear(): void {
    this.samples = [];
  }

  /** Notes that statistics for `hour` arrived now. */
  record(hour: number): void {
    const now = performance.now();
    this.samples.push({ t: now, hour });
    while (this.samples.length > 2 && now - this.samples[0].t > SPEED_WINDOW_MS) this.samples.shift();
  }

  show(hour: number, playing: boolean): void {
    this.el.hour.textContent = `hour ${hour}`;
    this.el.day.textContent = `day ${(hour / 24).toFixed(1)}`;
    const [a, b] = [this.samples[0], this.samples.at(-1)];
    const rate = a && b && b.t > a.t ? ((b.hour - a.hour) * 1000) / (b.t - a.t) : 0;
    this.el.speed.textContent =
      playing && rate > 0 ? `${rate < 10 ? rate.toFixed(1) : rate.toFixed(0)} model h/s` : 'paused';
  }
}

/** Names the adapter, and warns when it is a software one. */
export function showAdapter(el: HTMLElement, info: AdapterSummary): void {
  const name = info.description || `${info.vendor} ${info.architecture}`.trim();
  el.textContent = info.software ? `${name} — software adapter: runs on the CPU, expect it to be slow` : name;
  el.title = el.textContent; // the bar may cut the name short on narrow screens
  el.classList.toggle('software', info.software);
}
