/**
 * Progress of a run on stderr: a redrawn bar when stderr is a terminal; otherwise (a log, a pipe) a
 * plain line now and then, so long runs show life without flooding the log.
 */

/** What a progress display needs of a stream: process.stderr fits. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Progress {
  /** `done` of the total hours are complete. */
  update(done: number): void;
  /** Removes the bar, leaving the terminal clean for the summary. */
  finish(): void;
}

const REDRAW_MS = 100;
const PLAIN_LINE_MS = 10_000;

export function createProgress(total: number, stream: ProgressStream, enabled: boolean): Progress {
  if (!enabled || total === 0) return { update: () => {}, finish: () => {} };
  const start = performance.now();
  let shownAt = start;
  const rate = (done: number): number => done / Math.max(1e-9, (performance.now() - start) / 1000);

  if (!stream.isTTY) {
    return {
      update(done) {
        if (performance.now() - shownAt < PLAIN_LINE_MS || done >= total) return;
        shownAt = performance.now();
        stream.write(
          `sim: hour ${done}/${total} (${Math.floor((100 * done) / total)} %), ${rate(done).toFixed(1)} model h/s\n`,
        );
      },
      finish: () => {},
    };
  }

  let drawn = false;
  return {
    update(done) {
      if (drawn && performance.now() - shownAt < REDRAW_MS && done < total) return;
      shownAt = performance.now();
      drawn = true;
      stream.write(`\r${barLine(done, total, rate(done), stream.columns ?? 80)}\x1b[K`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/** One line, e.g. `[#########...........]  45/100 h  45 %  12.3 h/s  eta 4 s`, fitted to the width. */
export function barLine(done: number, total: number, hoursPerSecond: number, columns: number): string {
  const eta = hoursPerSecond > 0 && done > 0 ? ` eta ${formatSeconds((total - done) / hoursPerSecond)}` : '';
  const percent = String(Math.floor((100 * done) / total)).padStart(3);
  const text = ` ${String(done).padStart(String(total).length)}/${total} h  ${percent} %  ${hoursPerSecond.toFixed(1)} h/s${eta}`;
  const width = Math.max(10, Math.min(40, columns - text.length - 3));
  const filled = Math.round((width * done) / total);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${text}`;
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.floor(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
