/**
 * The page's run on its GPU: a Run of one arm, or of two side by side for the comparison
 * (untreated, and on the schedule); the task queue that keeps work replacing lattices (reset, edits,
 * snapshots) in order and apart from stepping; background snapshots; and recovery on a new device
 * when the old one is lost.
 */
import { latticeSizeProblem } from '../engine/device';
import type { GpuStepper } from '../engine/gpu-stepper';
import { Run } from '../engine/run';
import type { Lattice } from '../model/lattice';
import type { ParamValues } from '../model/registry';
import type { HourStats } from '../model/stats';
import { THERAPY_BY_KEY, type Schedule } from '../model/therapy/schedule';
import type { GpuSession } from './gpu-session';
import type { ParamState } from './param-state';
import type { ComparisonSwitch, LatticeEditor, NoticeBoard } from './ports';
import { RecoveryPoint } from './recovery';
import { TaskQueue } from './task-queue';

/** What an arm runs and how the page names it. */
export interface ArmPlan {
  /** Over the arm's part of the view; '' for a lone arm. */
  label: string;
  /** Above the readouts box (which shows the first arm's numbers); null for a lone arm. */
  readoutsCaption: string | null;
  /** Follows the dose schedule; otherwise runs untreated. */
  treated: boolean;
}

const LONE: readonly ArmPlan[] = [{ label: '', readoutsCaption: null, treated: true }];

/** The side-by-side comparison: A untreated, B on `schedule`, from the same seed and initial lattice. */
function comparisonPlans(schedule: Schedule): readonly ArmPlan[] {
  const therapies = [...new Set(schedule.map((e) => THERAPY_BY_KEY.get(e.therapy)!.label))].join(' + ');
  return [
    { label: 'A · untreated', readoutsCaption: 'Arm A (untreated)', treated: false },
    { label: `B · ${therapies}`, readoutsCaption: null, treated: true },
  ];
}

export interface LiveRunHooks {
  /** Statistics of arm `arm` (0: the first arm, whose numbers the page shows). */
  stats(arm: number, stats: HourStats[]): void;
  /** A new run starts at `hour` (a reset, a comparison, a loaded snapshot). */
  started(hour: number): void;
  /** The run continues from a recovery snapshot at `hour`: what came after it is gone. */
  resumed(hour: number): void;
  /** Arms were added or removed (see arms). */
  armsChanged(): void;
}

export class LiveRun implements LatticeEditor, ComparisonSwitch {
  private run: Run<GpuStepper>;
  private plans: readonly ArmPlan[] = LONE;
  private readonly tasks = new TaskQueue();
  private readonly recovery = new RecoveryPoint(() => this.run.steppers[0]);

  constructor(
    private readonly session: GpuSession,
    private readonly params: ParamState,
    private readonly notices: NoticeBoard,
    private readonly hooks: LiveRunHooks,
  ) {
    this.run = this.adopt(new Run([session.createStepper()]));
  }

  /** The arms now running (the frame loop draws and steps them). */
  get current(): Run<GpuStepper> {
    return this.run;
  }

  /** What each arm runs, in arm order. */
  get arms(): readonly ArmPlan[] {
    return this.plans;
  }

  /** True while a reset, an edit, a snapshot load or a recovery holds stepping paused. */
  get busy(): boolean {
    return this.tasks.busy;
  }

  get nextHour(): number {
    return this.run.submittedHours;
  }

  get compareHour(): number | null {
    return this.run.size > 1 ? this.run.hourOf(1) : null;
  }

  /** Runs `work` after every queued task, with stepping paused. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.tasks.run(work);
  }

  setParams(values: ParamValues): void {
    this.run.setParams(values);
  }

  /** Gives the schedule to the arms that follow it; the others stay untreated. */
  setSchedule(schedule: Schedule): void {
    giveSchedule(this.run, this.plans, schedule);
  }

  reset(): Promise<void> {
    return this.tasks.run(async () => {
      try {
        await this.run.reset(this.params.values);
        this.recovery.lattice = null;
        this.hooks.started(0);
      } catch (e) {
        this.notices.show(`Reset failed: ${(e as Error).message}`, 'error');
      }
    });
  }

  editLattice(edit: (lattice: Lattice) => Lattice | null): Promise<Lattice | null> {
    return this.tasks.run(async () => {
      if (this.run.size > 1) {
        this.notices.show(
          'Stop the side-by-side comparison to edit the lattice: both arms must start from the same one.',
          'warn',
        );
        return null;
      }
      const run = this.run;
      const lattice = await run.readState();
      if (run !== this.run) return null; // the device was lost meanwhile
      const edited = edit(lattice);
      if (!edited) return null;
      run.upload(edited);
      this.recovery.lattice = edited;
      return edited;
    });
  }

  readState(): Promise<Lattice> {
    return this.run.readState();
  }

  /**
   * Continues from a saved lattice with its parameters (size and seed included) and dose schedule,
   * which replace the page's. One arm again; throws when the lattice does not fit this GPU.
   */
  restore(lattice: Lattice, values: ParamValues, schedule: Schedule): Promise<void> {
    return this.tasks.run(async () => {
      this.dropComparison();
      const problem = latticeSizeProblem(lattice.width, this.session.gpu.maxSide);
      if (problem) throw new RangeError(problem);
      this.run.setSchedule(0, schedule);
      await this.run.reset(values); // allocates the snapshot's size and pins its seed
      this.run.upload(lattice);
      this.params.replaceAll(values);
      this.params.setSchedule(schedule);
      this.recovery.lattice = lattice;
      this.hooks.started(lattice.hour);
    });
  }

  /**
   * Side-by-side comparison (issue: educator's playground): arms from the same seed and initial
   * lattice on one device, in lockstep — A untreated, B on the dose schedule. Both restart from 0.
   */
  startComparison(): Promise<void> {
    const schedule = this.params.schedule;
    if (schedule.length === 0) {
      this.notices.show(
        'Add a dose schedule first: the comparison runs it (arm B) against no therapy (arm A).',
        'warn',
      );
      return Promise.resolve();
    }
    return this.tasks.run(async () => {
      this.dropComparison();
      const plans = comparisonPlans(schedule);
      const first = this.run.steppers[0];
      const added = plans.slice(1).map(() => this.session.createStepper());
      // The new run is shown once every arm holds a lattice; until then the frame loop draws the old.
      const run = this.adopt(new Run([first, ...added]));
      giveSchedule(run, plans, schedule);
      try {
        await run.reset(this.params.values);
      } catch (e) {
        for (const s of added) s.destroy();
        this.run = this.adopt(new Run([first]));
        giveSchedule(this.run, LONE, schedule);
        this.notices.show(`The comparison could not start: ${(e as Error).message}`, 'error');
        return;
      }
      this.run = run;
      this.plans = plans;
      this.recovery.lattice = null;
      this.hooks.armsChanged();
      this.hooks.started(0);
    });
  }

  /** Ends the comparison: one arm again, following the schedule, from a fresh start. */
  async stopComparison(): Promise<void> {
    if (this.run.size === 1) return;
    await this.endComparison();
    await this.reset();
  }

  /** Ends the comparison, if any, after queued work; the next reset or snapshot starts the lone arm. */
  endComparison(): Promise<void> {
    return this.tasks.run(async () => this.dropComparison());
  }

  /** Device lost: a new device, the latest snapshot restored, and the user told what was lost. */
  recover(reason: string): Promise<void> {
    return this.tasks.hold(async () => {
      const lostAt = this.run.submittedHours;
      // A comparison's arms lived on the lost device: it ends, and the run restarts with the schedule.
      const compared = this.run.size > 1;
      if (compared) {
        this.dropComparison();
        this.recovery.lattice = null;
      }
      const snap = this.recovery.lattice;
      try {
        await this.replaceRun(snap);
        const hour = snap ? snap.hour : 0;
        this.notices.show(
          `The GPU device was lost (${reason.replace(/\.$/, '') || 'no reason given'}). Recovered from the snapshot at hour ${hour}: ${lostAt - hour} simulated hours were lost.`,
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

  /** A new device and a lone arm on it, reset and (given a snapshot) continuing from it. */
  private async replaceRun(snap: Lattice | null): Promise<void> {
    await this.session.renew();
    const run = this.adopt(new Run([this.session.createStepper()]));
    run.setSchedule(0, this.params.schedule);
    await run.reset(snap ? this.params.runParameters() : this.params.values);
    if (snap) run.upload(snap);
    // The old arms are drawn (harmlessly, on the dead device) until the new ones are ready.
    const old = this.run;
    this.run = run;
    old.destroy();
    if (snap) this.hooks.resumed(snap.hour);
    else this.hooks.started(0);
  }

  /** Back to one arm on the schedule, telling the page the arms changed. */
  private dropComparison(): void {
    if (this.run.size === 1) return;
    while (this.run.size > 1) this.run.removeArm(this.run.size - 1);
    this.plans = LONE;
    this.setSchedule(this.params.schedule);
    this.hooks.armsChanged();
  }

  private adopt(run: Run<GpuStepper>): Run<GpuStepper> {
    run.onStats = (arm, stats) => {
      this.hooks.stats(arm, stats);
      if (arm === 0) this.recovery.onHour(stats[stats.length - 1].hour);
    };
    return run;
  }
}

/** Gives `schedule` to the arms whose plan follows it; the others run untreated. */
function giveSchedule(run: Run<GpuStepper>, plans: readonly ArmPlan[], schedule: Schedule): void {
  plans.forEach((plan, arm) => run.setSchedule(arm, plan.treated ? schedule : []));
}
