/**
 * The page's orchestration: owns the parameter values, the GPU simulation, the renderer, the chart
 * and the panel, and runs the frame loop. The loop only submits work and draws: statistics arrive
 * through the engine's readback ring, so nothing here awaits the GPU per frame. Work that replaces
 * the lattice (reset, edits, loading a snapshot) runs one task at a time with stepping paused.
 */
import { latticeSizeProblem, type AdapterSummary, type GpuHandle } from '../engine/device';
import { GpuStepper } from '../engine/gpu-stepper';
import type { Renderer } from '../engine/renderer';
import { verifyAgainstTwin, type VerifyResult } from '../check/verify';
import type { Lattice } from '../model/lattice';
import { latticeHash } from '../model/lattice-hash';
import {
  checkValue,
  defaultValues,
  PARAM_BY_KEY,
  PARAMS,
  type ParamKey,
  type ParamOverrides,
  type ParamValues,
} from '../model/registry';
import { SCENARIO_BY_ID, scenarioIdProblem, scenarioValues, type LibraryScenario } from '../model/scenarios';
import type { HourStats } from '../model/stats';
import { Camera } from './camera';
import { CountsChart } from './chart';
import { TherapyChart } from './therapy-chart';
import { Controls, type UiState } from './controls';
import type { AppElements } from './elements';
import { GpuSession } from './gpu-session';
import { renderLegend } from './legend';
import { renderReadouts } from './readouts';
import { Notices } from './notices';
import { overlayLegend, overlayView } from './overlay';
import { PALETTES, type PaletteName } from './palettes';
import { RecoveryPoint } from './recovery';
import { RunLog } from './run-log';
import { ClockDisplay, showAdapter } from './topbar';
import { TaskQueue } from './task-queue';
import { reportTwinCheck, TWIN_CHECK_HOURS } from './twin-check';
import { queryFromValues } from './url-state';
import { THERAPY_BY_KEY, type Schedule, type TherapyKey } from '../model/therapy/schedule';
import { response as responseOf } from '../model/therapy/response';
import { queryWithSchedule } from './schedule-link';
import { LessonCardView } from './lesson-card';

/** 'frame': after every drawn frame; 'runStart': a reset or a loaded snapshot replaced the run; 'schedule': the dose schedule changed. */
export type AppEvent = 'frame' | 'runStart' | 'schedule' | 'comparison';

export class App {
  readonly notices: Notices;
  readonly ui: UiState;
  readonly camera: Camera;
  readonly controls: Controls;
  readonly runLog: RunLog;
  private readonly chart: CountsChart;
  private readonly therapyChart: TherapyChart;
  private readonly clock: ClockDisplay;
  private readonly session: GpuSession;
  private readonly tasks = new TaskQueue();
  private pendingStep = false;
  /** Last hour whose statistics arrived (what the counter shows). */
  hour = 0;
  private readonly recovery = new RecoveryPoint(() => this.sim);
  private shownPalette: PaletteName = 'standard';
  private readonly listeners: Record<AppEvent, Set<() => void>> = {
    frame: new Set(),
    runStart: new Set(),
    schedule: new Set(),
    comparison: new Set(),
  };
  private doses: Schedule = [];
  /** Side-by-side comparison: the second arm (following the schedule) while the first runs untreated. */
  private comparison: { sim: GpuStepper; label: string; hour: number; labels: HTMLElement[] } | null = null;
  /** False while suspend() runs work that must not share the GPU with frames. */
  private drawing = true;
  /** Lattice frames drawn since the page opened (read by the browser tests). */
  framesDrawn = 0;
  /** What the canvas shows (see draw()). */
  private drawn: { renderer: Renderer; runs: GpuStepper[]; key: string } | null = null;
  /** The library scenario the parameters came from (its card is shown, its id is in the link), or null. */
  scenario: LibraryScenario | null = null;
  private readonly lessonCard: LessonCardView;
  /** Set by playUntil: stepping pauses once this hour has been submitted. */
  private stopAtHour: number | null = null;

  constructor(
    gpu: GpuHandle,
    readonly values: ParamValues,
    private readonly el: AppElements,
  ) {
    this.notices = new Notices(el.notices);
    this.ui = {
      playing: true,
      hoursPerFrame: gpu.info.software ? 1 : 4,
      overlay: 'none',
      overlayAlpha: 0.7,
      chemokineScale: 0.05,
      showAdvanced: false,
      palette: 'standard',
      presenter: false,
    };
    this.camera = new Camera(el.canvas);
    this.chart = new CountsChart(el.chart);
    this.therapyChart = new TherapyChart(el.therapyChart);
    this.clock = new ClockDisplay(el);
    this.runLog = new RunLog(values);
    this.session = new GpuSession(gpu, el.canvas, {
      stats: (s) => this.onStats(s),
      report: (m, level) => this.notices.show(m, level),
      lost: (reason) => void this.recover(reason),
    });
    this.controls = new Controls(el.panel, values, this.ui, {
      togglePlay: () => this.setPlaying(!this.ui.playing),
      step: () => this.stepOnce(),
      reset: () => void this.reset(),
      fitView: () => this.camera.fit(),
      applyScenario: (id) => void this.applyScenario(id),
      verify: () => void reportTwinCheck(this.notices, () => this.checkTwin(TWIN_CHECK_HOURS)),
      setParam: (key, value) => this.setParam(key, value),
      viewChanged: () => this.applyView(),
    });
    this.lessonCard = new LessonCardView(el.lesson, (hour) => this.playUntil(hour));
    showAdapter(el.adapter, gpu.info);
    this.applyView();
  }

  private get sim(): GpuStepper {
    return this.session.sim;
  }

  private get gpu(): GpuHandle {
    return this.session.gpu;
  }

  /** The page's GPU, for work on objects of its own (the benchmark). */
  get gpuHandle(): GpuHandle {
    return this.session.gpu;
  }

  /** Runs `work` with stepping and drawing paused; the running lattice is left as it is. */
  suspend<T>(work: () => Promise<T>): Promise<T> {
    return this.tasks.run(async () => {
      this.drawing = false;
      try {
        return await work();
      } finally {
        this.drawing = true;
      }
    });
  }

  /** True while a reset, an edit, a snapshot load or a recovery holds stepping paused. */
  get busy(): boolean {
    return this.tasks.busy;
  }

  async start(): Promise<void> {
    await this.reset();
    const frame = (): void => {
      // Scheduled first, so one failing frame (reported on the console) does not stop the loop.
      requestAnimationFrame(frame);
      this.frame();
    };
    requestAnimationFrame(frame);
  }

  setPlaying(playing: boolean): void {
    this.stopAtHour = null;
    this.controls.setPlaying(playing);
    this.clock.show(this.hour, playing);
  }

  stepOnce(): void {
    this.setPlaying(false);
    this.pendingStep = true;
  }

  /** Plays until model hour `hour` has been simulated, then pauses (the lesson card's button). */
  playUntil(hour: number): void {
    if (this.sim.submittedHours >= hour) {
      this.notices.show(`The run is already past hour ${hour}: press Reset to watch it again.`, 'info');
      return;
    }
    this.setPlaying(true);
    this.stopAtHour = hour;
  }

  /** Applies a registry value from the panel, a link or the test API; false when rejected. */
  setParam(key: string, value: number): boolean {
    const def = PARAM_BY_KEY.get(key);
    if (!def) return false;
    const problem =
      checkValue(def, value) ?? (key === 'latticeSize' ? latticeSizeProblem(value, this.gpu.maxSide) : null);
    if (problem) {
      this.notices.show(problem, 'error');
      return false;
    }
    this.assign(def.key, value);
    this.updateLink();
    if (def.applies === 'live') {
      this.sim.setParams(this.values);
      this.comparison?.sim.setParams(this.values);
    }
    if (def.group === 'Therapies' && this.doses.length) this.showTherapy();
    else this.notices.show(`${def.label} applies at the next reset — press Reset.`, 'info');
    return true;
  }

  /** Whether a side-by-side comparison runs, and the hour its second arm has reported. */
  get compareHour(): number | null {
    return this.comparison ? this.comparison.hour : null;
  }

  /**
   * Side-by-side comparison (issue: educator's playground): two arms from the same seed and initial
   * lattice on one device, in lockstep — A untreated, B on the dose schedule — drawn in two halves
   * of the view with one camera, their curves on one chart. Both restart from hour 0.
   */
  startComparison(): Promise<void> {
    if (this.doses.length === 0) {
      this.notices.show(
        'Add a dose schedule first: the comparison runs it (arm B) against no therapy (arm A).',
        'warn',
      );
      return Promise.resolve();
    }
    return this.tasks.run(async () => {
      this.endComparison();
      const b = new GpuStepper(this.gpu);
      const label = `B · ${[...new Set(this.doses.map((e) => therapyLabel(e.therapy)))].join(' + ')}`;
      const comparison = { sim: b, label, hour: 0, labels: [] as HTMLElement[] };
      b.onStats = (s) => {
        if (this.comparison !== comparison || s.length === 0) return;
        comparison.hour = s[s.length - 1].hour;
        this.chart.pushCompare(s);
      };
      b.onMessage = (m) => this.notices.show(m, 'warn');
      try {
        b.setSchedule(this.doses);
        await b.reset(this.values);
        this.sim.setSchedule([]);
        await this.sim.reset(this.values);
      } catch (e) {
        b.destroy();
        this.sim.setSchedule(this.doses);
        this.notices.show(`The comparison could not start: ${(e as Error).message}`, 'error');
        return;
      }
      comparison.labels = armLabels(this.el.stage, ['A · untreated', label]);
      this.comparison = comparison;
      this.chart.setComparison(label);
      this.camera.setColumns(2);
      this.recovery.lattice = null;
      this.startRun(0);
      this.emit('comparison');
    });
  }

  /** Ends the comparison: one arm again, following the schedule, from a fresh start. */
  async stopComparison(): Promise<void> {
    if (!this.comparison) return;
    await this.tasks.run(async () => this.endComparison());
    await this.reset();
  }

  private endComparison(): void {
    const c = this.comparison;
    if (!c) return;
    this.comparison = null;
    c.sim.destroy();
    for (const l of c.labels) l.remove();
    this.sim.setSchedule(this.doses);
    this.chart.setComparison(null);
    this.camera.setColumns(1);
    this.emit('comparison');
  }

  /** The first hour not yet handed to the GPU: a dose placed here or later will be given. */
  get nextHour(): number {
    return this.sim.submittedHours;
  }

  /** The dose schedule (model.md §5) the run follows. */
  get schedule(): Schedule {
    return this.doses;
  }

  /**
   * Replaces the dose schedule; it acts from the next hour the GPU runs (doses already given stay
   * given, and a dose placed in the past is not given).
   */
  setSchedule(schedule: Schedule): void {
    this.doses = schedule;
    // In a comparison the schedule is the second arm's; the first stays untreated.
    if (this.comparison) this.comparison.sim.setSchedule(schedule);
    else this.sim.setSchedule(schedule);
    this.updateLink();
    this.showTherapy();
    this.emit('schedule');
  }

  /** Redraws the therapy timeline and lines the population chart's time axis up with it. */
  private showTherapy(): void {
    this.therapyChart.update(this.doses, this.values, this.hour);
    this.chart.setHorizon(this.therapyChart.horizon);
  }

  /**
   * Loads a library scenario: every model parameter from it (the rest to defaults), its seed and
   * its lesson card, then resets; null goes back to the defaults without a card. An unknown id is
   * refused with a notice and changes nothing (false).
   */
  async applyScenario(id: string | null): Promise<boolean> {
    const scenario = id === null ? null : SCENARIO_BY_ID.get(id);
    if (scenario === undefined) {
      this.notices.show(`Scenario not loaded: ${scenarioIdProblem(String(id))}.`, 'error');
      this.controls.showScenario(this.scenario?.id ?? null);
      return false;
    }
    const values = scenario ? scenarioValues(scenario, this.values) : { ...this.values, ...modelDefaults() };
    for (const p of PARAMS) this.assign(p.key, values[p.key]);
    this.showScenario(scenario);
    // A scenario brings its dose schedule (or none), and a comparison of the old one ends.
    if (this.comparison) await this.tasks.run(async () => this.endComparison());
    this.setSchedule(scenario?.schedule ?? []);
    await this.reset();
    return true;
  }

  /** Makes `scenario` the current one (card, menu, link) without touching the parameters. */
  showScenario(scenario: LibraryScenario | null): void {
    this.scenario = scenario;
    this.lessonCard.show(scenario);
    this.controls.showScenario(scenario?.id ?? null);
    this.updateLink();
  }

  /** Sets one value, logs the change and shows it in the panel. */
  private assign(key: ParamKey, value: number): void {
    const old = this.values[key];
    if (old === value) return;
    this.values[key] = value;
    this.runLog.recordChange({ hour: this.sim.submittedHours, key, old, new: value });
    this.controls.show(key, value);
  }

  /** The parameters the running lattice was made with: current values, latticeSize and seed of the run. */
  runParameters(): ParamValues {
    return { ...this.values, latticeSize: this.runLog.startValues.latticeSize, seed: this.runLog.startValues.seed };
  }

  reset(): Promise<void> {
    return this.tasks.run(async () => {
      try {
        if (this.comparison) await this.comparison.sim.reset(this.values);
        await this.sim.reset(this.values);
        this.recovery.lattice = null;
        this.startRun(0);
      } catch (e) {
        this.notices.show(`Reset failed: ${(e as Error).message}`, 'error');
      }
    });
  }

  /**
   * Reads the lattice with stepping paused, hands it to `edit` and uploads what it returns (null:
   * no change). The hour and the fields stay as they are.
   */
  editLattice(edit: (lattice: Lattice) => Lattice | null): Promise<Lattice | null> {
    return this.tasks.run(async () => {
      if (this.comparison) {
        this.notices.show(
          'Stop the side-by-side comparison to edit the lattice: both arms must start from the same one.',
          'warn',
        );
        return null;
      }
      const sim = this.sim;
      const lattice = await sim.readState();
      if (sim !== this.sim) return null; // the device was lost meanwhile
      const edited = edit(lattice);
      if (!edited) return null;
      sim.upload(edited);
      this.recovery.lattice = edited;
      return edited;
    });
  }

  /** Continues from a saved lattice with its parameters (size and seed included) and dose schedule. */
  restore(lattice: Lattice, values: ParamValues, schedule: Schedule = this.doses): Promise<void> {
    return this.tasks.run(async () => {
      this.endComparison();
      const problem = latticeSizeProblem(lattice.width, this.gpu.maxSide);
      if (problem) throw new RangeError(problem);
      this.doses = schedule;
      this.sim.setSchedule(schedule);
      await this.sim.reset(values); // allocates the snapshot's size and pins its seed
      this.sim.upload(lattice);
      this.showScenario(null); // the file's parameters replace the scenario's
      for (const p of PARAMS) {
        this.values[p.key] = values[p.key];
        this.controls.show(p.key, values[p.key]);
      }
      this.recovery.lattice = lattice;
      this.startRun(lattice.hour);
      this.showTherapy();
      this.emit('schedule');
    });
  }

  async readState(): Promise<Lattice> {
    return this.sim.readState();
  }

  async latticeHash(): Promise<string> {
    return latticeHash(await this.sim.readState());
  }

  latestCounts(): Record<string, number> {
    return this.chart.latest();
  }

  /** The comparison's second arm: its latest compared counts (nulls without a comparison). */
  latestCompareCounts(): Record<string, number | null> {
    return this.chart.latestCompare();
  }

  /** Draws the current lattice and encodes the canvas as PNG in the same task, before it is presented. */
  capturePng(): Promise<Blob> {
    this.draw(true);
    return new Promise((resolve, reject) =>
      this.el.canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded as PNG'))),
        'image/png',
      ),
    );
  }

  /** Calls `listener` on every `event`; returns a function that removes it. */
  on(event: AppEvent, listener: () => void): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  get adapter(): AdapterSummary {
    return this.gpu.info;
  }

  /** Applies the View folder: palette, presenter mode and the legend. */
  applyView(): void {
    const palette = PALETTES[this.ui.palette].colours;
    if (this.ui.palette !== this.shownPalette) {
      this.session.setPalette(palette);
      this.chart.setPalette(palette);
      this.shownPalette = this.ui.palette;
    }
    document.body.classList.toggle('presenter', this.ui.presenter);
    this.controls.setPresenter(this.ui.presenter);
    renderLegend(this.el.legend, overlayLegend(this.ui), palette);
  }

  /** Runs the current parameters on this GPU and in the CPU twin and compares every word. */
  checkTwin(hours: number, size = 128): Promise<VerifyResult> {
    return verifyAgainstTwin(this.gpu, this.values, hours, size, this.doses);
  }

  /** Destroys the GPU device, as a driver reset would: the page should recover by itself. */
  simulateDeviceLoss(): void {
    this.gpu.device.destroy();
  }

  /** Clears the chart and the run log for a run that starts at `hour`. */
  private startRun(hour: number): void {
    this.stopAtHour = null;
    this.chart.clear();
    this.therapyChart.setHour(hour);
    this.runLog.start(this.values, hour);
    this.jumpTo(hour);
    this.camera.resize();
    this.camera.setLattice(this.sim.view.width, this.sim.view.height);
    this.updateLink();
    this.emit('runStart');
  }

  private emit(event: AppEvent): void {
    for (const listener of this.listeners[event]) listener();
  }

  /** Shows `hour` after a jump (new run, restored snapshot): the speed samples no longer apply. */
  private jumpTo(hour: number): void {
    this.hour = hour;
    this.clock.clear();
    this.clock.show(hour, this.ui.playing);
  }

  private updateLink(): void {
    const query = queryWithSchedule(queryFromValues(this.values, this.scenario), this.doses);
    history.replaceState(null, '', `${location.pathname}${query ? '?' + query : ''}`);
  }

  private frame(): void {
    if (!this.drawing) return;
    this.clock.frame();
    this.camera.resize();
    // In a comparison the second arm first catches up with the first (even when paused): lockstep.
    const behind = this.comparison ? this.sim.submittedHours - this.comparison.sim.submittedHours : 0;
    if (!this.busy && behind > 0) this.comparison!.sim.advance(behind);
    else if (!this.busy && (this.ui.playing || this.pendingStep)) {
      {
        let hours = this.pendingStep ? 1 : this.ui.hoursPerFrame;
        if (this.stopAtHour !== null) hours = Math.min(hours, this.stopAtHour - this.sim.submittedHours);
        if (hours > 0 && this.sim.advance(hours).hours > 0) this.pendingStep = false;
        else if (hours <= 0) this.setPlaying(false); // reached playUntil's hour
      }
    }
    this.draw();
    this.chart.flush();
    this.emit('frame');
  }

  /**
   * Draws the lattice when the picture would change: new hours or a new lattice in a drawn run, the
   * view, the canvas size, the palette or the renderer (a recovered device). Drawing is decoupled
   * from stepping: a paused run, or a slow one between its hours, costs no GPU time per frame.
   */
  private draw(force = false): void {
    const renderer = this.session.renderer;
    const view = this.camera.view(overlayView(this.ui));
    const runs = this.comparison ? [this.sim, this.comparison.sim] : [this.sim];
    const key = [
      ...runs.map((r) => r.contentVersion),
      this.camera.pixelWidth,
      this.camera.pixelHeight,
      this.shownPalette,
      ...Object.values(view),
    ].join();
    const same =
      this.drawn !== null &&
      this.drawn.renderer === renderer &&
      this.drawn.runs.length === runs.length &&
      this.drawn.runs.every((r, i) => r === runs[i]) &&
      this.drawn.key === key;
    if (same && !force) return;
    this.drawn = { renderer, runs, key };
    this.framesDrawn++;
    renderer.render(
      runs.map((r) => r.view),
      this.camera.pixelWidth,
      this.camera.pixelHeight,
      view,
    );
  }

  private onStats(stats: HourStats[]): void {
    if (stats.length === 0) return;
    this.chart.push(stats);
    this.runLog.push(stats);
    // In a comparison this run is arm A, untreated: no response to report, and the box says whose numbers these are.
    const response =
      this.doses.length && !this.comparison ? responseOf(this.runLog.points, this.doses, this.values) : null;
    renderReadouts(this.el.readouts, stats[stats.length - 1], response, this.comparison ? 'Arm A (untreated)' : null);
    this.hour = stats[stats.length - 1].hour;
    this.clock.record(this.hour);
    this.clock.show(this.hour, this.ui.playing);
    this.recovery.onHour(this.hour);
    this.therapyChart.setHour(this.hour);
    if (this.therapyChart.horizon) this.chart.setHorizon(this.therapyChart.horizon);
  }

  /** Device lost: a new device, the latest snapshot restored, and the user told what was lost. */
  private recover(reason: string): Promise<void> {
    return this.tasks.hold(async () => {
      const lostAt = Math.max(this.hour, this.sim.submittedHours);
      // A comparison's arms lived on the lost device: it ends, and the run restarts with the schedule.
      const compared = this.comparison !== null;
      if (compared) {
        this.endComparison();
        this.recovery.lattice = null;
      }
      const snap = this.recovery.lattice;
      try {
        await this.session.replace(snap ? this.runParameters() : this.values, snap, this.doses);
        if (snap) {
          this.chart.truncate(snap.hour);
          this.runLog.truncate(snap.hour);
          this.jumpTo(snap.hour);
        } else {
          this.startRun(0);
        }
        this.notices.show(
          `The GPU device was lost (${reason.replace(/\.$/, '') || 'no reason given'}). Recovered from the snapshot at hour ${this.hour}: ${lostAt - this.hour} simulated hours were lost.`,
          'warn',
        );
        if (compared)
          this.notices.show(
            'The side-by-side comparison ended with the lost device; start it again from the Therapies folder.',
            'warn',
          );
      } catch (e) {
        this.notices.show(
          `The GPU device was lost and could not be recovered: ${(e as Error).message}. Reload the page.`,
          'error',
        );
      }
    });
  }
}

const therapyLabel = (t: TherapyKey): string => THERAPY_BY_KEY.get(t)!.label;

/** Labels over the two halves of the stage in a comparison. */
function armLabels(stage: HTMLElement, texts: string[]): HTMLElement[] {
  return texts.map((text, i) => {
    const el = document.createElement('div');
    el.className = `arm-label arm-${i === 0 ? 'a' : 'b'}`;
    el.textContent = text;
    stage.append(el);
    return el;
  });
}

/** The default of every model parameter and the default seed (the lattice side and solver settings are kept). */
function modelDefaults(): ParamOverrides {
  const defaults = defaultValues();
  return Object.fromEntries(
    PARAMS.filter((p) => p.group !== 'Simulation' || p.key === 'seed').map((p) => [p.key, defaults[p.key]]),
  );
}
