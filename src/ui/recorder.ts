/**
 * Video of the lattice view: the canvas's stream recorded by MediaRecorder as WebM. One frame is
 * captured per drawn frame (captureStream(0) + requestFrame), so the frame count shown is exact. The
 * top bar shows elapsed seconds and frames with Stop (save) and Cancel (discard) buttons.
 */
import type { PageListen } from './page-events';
import type { NoticeBoard, RunClock } from './ports';
import { download, hourStamp } from './download';

/** Preferred first; the first the browser can encode is used. VP8 encodes fastest, which matters on a busy CPU. */
const WEBM_TYPES = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'];
/** MediaRecorder hands over data this often, so a long recording does not sit in one buffer. */
const CHUNK_MS = 1000;
/**
 * MediaRecorder drops the frames still in its encoder when it stops, so a short clip on a busy CPU
 * could come out empty. Before stopping, the recorder asks for the data encoded so far every
 * FLUSH_POLL_MS until some arrives that was encoded after the final frame was requested, or
 * FLUSH_LIMIT_MS have passed.
 */
const FLUSH_POLL_MS = 250;
const FLUSH_LIMIT_MS = 15_000;
/** The indicator's elapsed time updates this often even when frames are slow (software adapters). */
const INDICATOR_MS = 250;

interface Recording {
  recorder: MediaRecorder;
  stream: MediaStream;
  track: CanvasCaptureMediaStreamTrack;
  chunks: Blob[];
  frames: number;
  startedAt: number;
  startHour: number;
  save: boolean;
  stopFrames: () => void;
  ticker: ReturnType<typeof setInterval>;
}

/** What recording needs of the page: the canvas, notices, the hour for the file name, and each frame. */
export interface RecorderPorts {
  canvas: HTMLCanvasElement;
  notices: NoticeBoard;
  clock: RunClock;
  events: PageListen;
  /** Lattice frames drawn so far (FrameLoop.framesDrawn): a new one is a new picture to record. */
  drawnFrames(): number;
}

export class CanvasRecorder {
  /** Called when recording starts or ends (the panel renames its button). */
  onChange: (recording: boolean) => void = () => {};
  private current: Recording | null = null;
  private readonly progress: HTMLElement;

  constructor(
    private readonly ports: RecorderPorts,
    private readonly indicator: HTMLElement,
  ) {
    this.progress = document.createElement('span');
    this.progress.className = 'progress';
    const button = (label: string, title: string, save: boolean): HTMLButtonElement => {
      const b = document.createElement('button');
      b.textContent = label;
      b.title = title;
      b.onclick = () => this.stop(save);
      return b;
    };
    indicator.replaceChildren(
      this.progress,
      button('Stop & save', 'Stop recording and download the WebM file', true),
      button('Cancel', 'Stop recording and discard it', false),
    );
  }

  get recording(): boolean {
    return this.current !== null;
  }

  start(): void {
    if (this.current) return;
    const type =
      typeof MediaRecorder === 'undefined' ? undefined : WEBM_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
    if (!type) {
      this.ports.notices.show('This browser cannot record WebM video (no MediaRecorder with a WebM encoder).', 'error');
      return;
    }
    let stream: MediaStream;
    let recorder: MediaRecorder;
    try {
      stream = this.ports.canvas.captureStream(0);
      recorder = new MediaRecorder(stream, { mimeType: type });
    } catch (e) {
      this.ports.notices.show(`Recording could not start: ${(e as Error).message}`, 'error');
      return;
    }
    const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
    // A frame of video only when the view was drawn anew: a paused or waiting view adds no copies of
    // itself for the encoder to work through, which on a busy CPU delayed the file by tens of seconds.
    let drawn = -1;
    const stopFrames = this.ports.events.on('frame', () => {
      if (this.ports.drawnFrames() === drawn) return;
      drawn = this.ports.drawnFrames();
      track.requestFrame();
      rec.frames++;
    });
    const ticker = setInterval(() => this.showProgress(rec), INDICATOR_MS);
    const rec: Recording = {
      recorder,
      stream,
      track,
      chunks: [],
      frames: 0,
      startedAt: performance.now(),
      startHour: this.ports.clock.hour,
      save: true,
      stopFrames,
      ticker,
    };
    recorder.ondataavailable = (e) => e.data.size > 0 && rec.chunks.push(e.data);
    recorder.onstop = () => this.finish(rec, type);
    recorder.start(CHUNK_MS);
    this.current = rec;
    this.showProgress(rec);
    this.indicator.hidden = false;
    this.onChange(true);
  }

  /** Ends the recording: `save` downloads it, otherwise it is discarded. */
  stop(save: boolean): void {
    const rec = this.current;
    if (!rec) return;
    this.current = null;
    rec.save = save;
    rec.stopFrames();
    clearInterval(rec.ticker);
    if (save) {
      rec.track.requestFrame(); // the clip ends on the view the user stopped at
      void flushThenStop(rec);
    } else {
      rec.recorder.stop();
    }
    this.indicator.hidden = true;
    this.onChange(false);
  }

  private showProgress(rec: Recording): void {
    const seconds = (performance.now() - rec.startedAt) / 1000;
    this.progress.textContent = `● REC ${seconds.toFixed(1)} s · ${rec.frames} frames`;
  }

  private finish(rec: Recording, type: string): void {
    for (const t of rec.stream.getTracks()) t.stop();
    if (!rec.save) {
      this.ports.notices.show('Recording cancelled; nothing was saved.', 'info');
      return;
    }
    const blob = new Blob(rec.chunks, { type: type.split(';')[0] });
    if (blob.size === 0) {
      this.ports.notices.show('The recording is empty: the browser produced no video data.', 'error');
      return;
    }
    download(`tme-video-${hourStamp(rec.startHour)}-${hourStamp(this.ports.clock.hour)}.webm`, blob);
    this.ports.notices.show(`Saved ${rec.frames} frames (${(blob.size / 1024).toFixed(0)} KiB of WebM).`, 'info');
  }
}

/** Stops `rec` once the encoder has handed over data from after the final frame (see FLUSH_POLL_MS). */
async function flushThenStop(rec: Recording): Promise<void> {
  const before = rec.chunks.length;
  const deadline = performance.now() + FLUSH_LIMIT_MS;
  do {
    await new Promise((r) => setTimeout(r, FLUSH_POLL_MS));
    rec.recorder.requestData();
  } while (rec.chunks.length === before && performance.now() < deadline);
  // The last requestData's chunk arrives before the stop event, so it is kept.
  rec.recorder.stop();
}
