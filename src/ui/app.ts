/**
 * The page shell: makes the owners — the parameter values (ParamState), the run on the GPU
 * (LiveRun), what is shown of it (RunDisplay), playback and the frame loop — and wires them to the
 * panel. Only the actions that span owners live here: a value set from the panel, a new schedule, a
 * scenario, a loaded snapshot, a new run.
 */
import { verifyAgainstTwin, type VerifyResult } from '../check/verify';
import type { GpuHandle } from '../engine/device';
import type { Lattice } from '../model/lattice';
import { defaultValues, PARAMS, type ParamOverrides, type ParamValues } from '../model/registry';
import { SCENARIO_BY_ID, scenarioIdProblem, scenarioValues, type LibraryScenario } from '../model/scenarios';
import type { Schedule } from '../model/therapy/schedule';
import { Controls, defaultUi, type ControlActions, type UiState } from './controls';
import type { AppElements } from './elements';
import { FrameLoop } from './frame-loop';
import { GpuSession } from './gpu-session';
import { renderLegend } from './legend';
import { LessonCardView } from './lesson-card';
import { LiveRun } from './live-run';
import { Notices, type NoticeLevel } from './notices';
import { overlayLegend } from './overlay';
import type { PageOwners } from './owners';
import { PageEvents } from './page-events';
import { PALETTES } from './palettes';
import { noticeFor, ParamState, replaceAddress } from './param-state';
import { Playback } from './playback';
import { RunDisplay } from './run-display';
import { RunLog } from './run-log';
import { showAdapter } from './topbar';
import { reportTwinCheck, TWIN_CHECK_HOURS } from './twin-check';

export class App implements PageOwners {
  readonly notices: Notices;
  readonly ui: UiState;
  readonly events = new PageEvents();
  readonly runLog: RunLog;
  readonly controls: Controls;
  readonly params: ParamState;
  readonly session: GpuSession;
  readonly live: LiveRun;
  readonly display: RunDisplay;
  readonly playback: Playback;
  readonly loop: FrameLoop;
  private readonly lessonCard: LessonCardView;

  constructor(
    gpu: GpuHandle,
    values: ParamValues,
    private readonly el: AppElements,
  ) {
    this.notices = new Notices(el.notices);
    const report = (message: string, level: NoticeLevel): void => void this.notices.show(message, level);
    this.ui = defaultUi(gpu.info.software);
    this.runLog = new RunLog(values);
    this.controls = new Controls(el.panel, values, this.ui, this.controlActions());
    this.params = new ParamState(values, {
      runLog: this.runLog,
      echo: (key, value) => this.controls.show(key, value),
      hour: () => this.live.nextHour,
      maxSide: () => this.session.gpu.maxSide,
      applyLive: (v) => this.live.setParams(v),
      writeLink: replaceAddress,
    });
    this.display = new RunDisplay(el, this.params, this.runLog, this.ui);
    this.session = new GpuSession(gpu, { report, lost: (reason) => void this.live.recover(reason) });
    this.live = new LiveRun(this.session, this.params, this.notices, {
      stats: (arm, stats) =>
        arm === 0 ? this.display.firstArmStats(stats, this.live.arms[0]) : this.display.comparedStats(stats),
      started: (hour) => this.startRun(hour),
      resumed: (hour) => this.display.resumed(hour),
      armsChanged: () => this.showArms(),
    });
    this.playback = new Playback(this.ui, {
      showPlaying: (playing) => this.controls.setPlaying(playing),
      showClock: () => this.display.showClock(),
      notices: this.notices,
    });
    this.loop = new FrameLoop(el.canvas, this.ui, {
      run: () => this.live.current,
      busy: () => this.live.busy,
      playback: this.playback,
      beforeFrame: () => this.display.clock.frame(),
      afterFrame: () => {
        this.display.chart.flush();
        this.events.emit('frame');
      },
      report,
    });
    this.lessonCard = new LessonCardView(el.lesson, (hour) => this.playUntil(hour));
    // The timeline draws the doses with the therapy parameters (half-lives, EC50s).
    this.params.onChange((def) => {
      if (def.group === 'Therapies' && this.params.schedule.length > 0) this.display.showTherapy();
    });
    showAdapter(el.adapter, gpu.info);
    this.applyView();
  }

  async start(): Promise<void> {
    await this.live.reset();
    this.loop.start();
  }

  setParam(key: string, value: number): boolean {
    const result = this.params.set(key, value);
    const notice = noticeFor(result, key);
    if (notice) this.notices.show(notice.text, notice.level);
    return result.kind !== 'rejected';
  }

  setSchedule(schedule: Schedule): void {
    this.params.setSchedule(schedule);
    this.live.setSchedule(schedule);
    this.display.showTherapy();
    this.events.emit('schedule');
  }

  /**
   * Loads a library scenario: every model parameter from it (the rest to defaults), its seed, its
   * dose schedule and its lesson card, then resets; null goes back to the defaults without a card.
   * An unknown id is refused with a notice and changes nothing (false).
   */
  async applyScenario(id: string | null): Promise<boolean> {
    const scenario = id === null ? null : SCENARIO_BY_ID.get(id);
    if (scenario === undefined) {
      this.notices.show(`Scenario not loaded: ${scenarioIdProblem(String(id))}.`, 'error');
      this.controls.showScenario(this.params.scenario?.id ?? null);
      return false;
    }
    const current = this.params.values;
    this.params.assignAll(scenario ? scenarioValues(scenario, current) : { ...current, ...modelDefaults() });
    this.showScenario(scenario);
    // A scenario brings its dose schedule (or none), and a comparison of the old one ends.
    if (this.live.compareHour !== null) await this.live.endComparison();
    this.setSchedule(scenario?.schedule ?? []);
    await this.live.reset();
    return true;
  }

  /** Makes `scenario` the current one (card, menu, link) without touching the parameters. */
  showScenario(scenario: LibraryScenario | null): void {
    this.params.setScenario(scenario);
    this.lessonCard.show(scenario);
    this.controls.showScenario(scenario?.id ?? null);
  }

  async restore(lattice: Lattice, values: ParamValues, schedule: Schedule): Promise<void> {
    await this.live.restore(lattice, values, schedule);
    this.showScenario(null); // the file's parameters replace the scenario's
    this.display.showTherapy();
    this.events.emit('schedule');
  }

  applyView(): void {
    const palette = PALETTES[this.ui.palette].colours;
    if (this.ui.palette !== this.loop.paletteName) {
      this.loop.setPalette(this.ui.palette, palette);
      this.display.chart.setPalette(palette);
    }
    document.body.classList.toggle('presenter', this.ui.presenter);
    this.controls.setPresenter(this.ui.presenter);
    renderLegend(this.el.legend, overlayLegend(this.ui), palette);
  }

  playUntil(hour: number): void {
    this.playback.playUntil(hour, this.live.nextHour);
  }

  suspend<T>(work: () => Promise<T>): Promise<T> {
    return this.live.exclusive(() => this.loop.suspend(work));
  }

  checkTwin(hours: number, size = 128): Promise<VerifyResult> {
    return verifyAgainstTwin(this.session.gpu, this.params.values, hours, size, this.params.schedule);
  }

  /** A new run at `hour` (reset, comparison, loaded snapshot): chart, log, clock and view start over. */
  private startRun(hour: number): void {
    this.playback.runStarted();
    this.display.started(hour);
    this.params.runStarted(hour);
    const { camera } = this.loop;
    camera.resize();
    const { width, height } = this.live.current.steppers[0].view;
    camera.setLattice(width, height);
    this.events.emit('runStart');
  }

  /** The arms changed: a label and a column of the view for each, the second's curves on the chart. */
  private showArms(): void {
    const arms = this.live.arms;
    this.display.showArms(arms);
    this.loop.camera.setColumns(arms.length);
    this.events.emit('comparison');
  }

  private controlActions(): ControlActions {
    return {
      togglePlay: () => this.playback.togglePlay(),
      step: () => this.playback.stepOnce(),
      reset: () => void this.live.reset(),
      fitView: () => this.loop.camera.fit(),
      applyScenario: (id) => void this.applyScenario(id),
      verify: () => void reportTwinCheck(this.notices, () => this.checkTwin(TWIN_CHECK_HOURS)),
      setParam: (key, value) => this.setParam(key, value),
      viewChanged: () => this.applyView(),
    };
  }
}

/** The default of every model parameter and the default seed (the lattice side and solver settings are kept). */
function modelDefaults(): ParamOverrides {
  const defaults = defaultValues();
  return Object.fromEntries(
    PARAMS.filter((p) => p.group !== 'Simulation' || p.key === 'seed').map((p) => [p.key, defaults[p.key]]),
  );
}
