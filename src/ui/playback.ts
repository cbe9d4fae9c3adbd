/**
 * Play, pause, one step and "run to hour N": how many hours the frame loop starts each frame. The
 * panel's play button and the clock follow the state.
 */
import type { UiState } from './controls';
import type { NoticeBoard } from './ports';

export interface PlaybackPorts {
  /** Shows the state on the panel's play button (and sets ui.playing). */
  showPlaying(playing: boolean): void;
  /** Shows the state on the clock. */
  showClock(): void;
  notices: NoticeBoard;
}

export class Playback {
  private pendingStep = false;
  /** Set by playUntil: stepping pauses once this hour has been started. */
  private stopAtHour: number | null = null;

  constructor(
    private readonly ui: UiState,
    private readonly ports: PlaybackPorts,
  ) {}

  setPlaying(playing: boolean): void {
    this.stopAtHour = null;
    this.ports.showPlaying(playing);
    this.ports.showClock();
  }

  togglePlay(): void {
    this.setPlaying(!this.ui.playing);
  }

  /** Pauses and starts exactly one hour. */
  stepOnce(): void {
    this.setPlaying(false);
    this.pendingStep = true;
  }

  /** Plays until model hour `hour` has been started, then pauses (the lesson card's button). */
  playUntil(hour: number, startedHours: number): void {
    if (startedHours >= hour) {
      this.ports.notices.show(`The run is already past hour ${hour}: press Reset to watch it again.`, 'info');
      return;
    }
    this.setPlaying(true);
    this.stopAtHour = hour;
  }

  /** A new run: a pending "run to hour" no longer applies. */
  runStarted(): void {
    this.stopAtHour = null;
  }

  /** Hours to start this frame, the run having started `startedHours`; reaching playUntil's hour pauses. */
  hoursFor(startedHours: number): number {
    if (!this.ui.playing && !this.pendingStep) return 0;
    let hours = this.pendingStep ? 1 : this.ui.hoursPerFrame;
    if (this.stopAtHour !== null) hours = Math.min(hours, this.stopAtHour - startedHours);
    if (hours <= 0) this.setPlaying(false);
    return Math.max(0, hours);
  }

  /** The frame started `hours` hours (0: the engine could not take them yet, so a step stays pending). */
  started(hours: number): void {
    if (hours > 0) this.pendingStep = false;
  }
}
