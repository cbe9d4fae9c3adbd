/**
 * A run of one or more arms in lockstep: steppers reset from the same parameters (so the same seed
 * and initial lattice), each on its own dose schedule, and advanced hour for hour together, so an
 * arm at hour h holds what a lone stepper with its schedule holds at h. The page's run is one arm,
 * its side-by-side comparison two (untreated and treated); a virtual trial hands it N. DOM-free and
 * generic over LiveStepper: what a backend adds (a GPU arm's buffers for the renderer) is reached
 * through S.
 */
import type { Lattice } from '../model/lattice';
import type { ParamValues } from '../model/registry';
import type { HourStats } from '../model/stats';
import type { LiveStepper } from '../model/stepper';
import type { Schedule } from '../model/therapy/schedule';

interface Arm<S> {
  stepper: S;
  schedule: Schedule;
  /** The last hour whose statistics arrived, or the hour the lattice was set to. */
  reached: number;
}

export class Run<S extends LiveStepper> {
  /** Called with every arm's statistics as they arrive: the arm's index and its records, in order. */
  onStats: (arm: number, stats: HourStats[]) => void = () => {};
  private arms: Arm<S>[] = [];

  /** A run of `steppers`, each untreated until setSchedule gives it a schedule. */
  constructor(steppers: readonly S[] = []) {
    for (const s of steppers) this.addArm(s);
  }

  /** The arms' steppers, in arm order. */
  get steppers(): readonly S[] {
    return this.arms.map((a) => a.stepper);
  }

  get size(): number {
    return this.arms.length;
  }

  /** Adds an arm on `schedule` and returns its index; reset (or upload) brings it in line with the others. */
  addArm(stepper: S, schedule: Schedule = []): number {
    stepper.setSchedule(schedule);
    // A stepper delivers late statistics after it leaves the run: they are dropped (report).
    stepper.onStats = (stats) => this.report(stepper, stats);
    return this.arms.push({ stepper, schedule, reached: 0 }) - 1;
  }

  /** Removes arm `index` and destroys its stepper; the arms after it move down one. */
  removeArm(index: number): void {
    const [arm] = this.arms.splice(index, 1);
    arm?.stepper.destroy();
  }

  scheduleOf(arm: number): Schedule {
    return this.arm(arm).schedule;
  }

  /** Replaces arm `arm`'s dose schedule; it acts from the next hour that arm runs. */
  setSchedule(arm: number, schedule: Schedule): void {
    const a = this.arm(arm);
    a.schedule = schedule;
    a.stepper.setSchedule(schedule);
  }

  /** The last hour arm `arm` reported statistics for (or the hour a reset or upload set it to). */
  hourOf(arm: number): number {
    return this.arm(arm).reached;
  }

  /** Hours started by the arm furthest ahead; the others catch up before any goes further. */
  get submittedHours(): number {
    return Math.max(0, ...this.arms.map((a) => a.stepper.submittedHours));
  }

  /** Changes whenever any arm's lattice does (each arm's version only grows, so their sum does too). */
  get contentVersion(): number {
    return this.arms.reduce((sum, a) => sum + a.stepper.contentVersion, 0);
  }

  /** Rebuilds every arm's initial lattice from `values`: the same seed gives every arm the same lattice. */
  async reset(values: ParamValues): Promise<void> {
    for (const a of this.arms) {
      await a.stepper.reset(values);
      a.reached = 0;
    }
  }

  /** Applies live parameters to every arm. */
  setParams(values: ParamValues): void {
    for (const a of this.arms) a.stepper.setParams(values);
  }

  /** Replaces every arm's lattice with `lattice` (same size); each continues on its own schedule. */
  upload(lattice: Lattice): void {
    for (const a of this.arms) {
      a.stepper.upload(lattice);
      a.reached = lattice.hour;
    }
  }

  readState(arm = 0): Promise<Lattice> {
    return this.arm(arm).stepper.readState();
  }

  /** Starts hours on the arms behind the leader; true when every arm has started as many hours. */
  catchUp(): boolean {
    const lead = this.submittedHours;
    let level = true;
    for (const { stepper } of this.arms) {
      const behind = lead - stepper.submittedHours;
      if (behind > 0 && stepper.advance(behind).hours < behind) level = false;
    }
    return level;
  }

  /**
   * Starts up to `hours` hours on every arm, in lockstep: arms behind first catch up (nothing new
   * starts until they have), then the first arm takes what it can and the others as many. Returns
   * the hours the first arm started; 0 when none could start yet (try again on the next frame).
   */
  advance(hours: number): number {
    if (this.arms.length === 0 || !this.catchUp()) return 0;
    const [first, ...rest] = this.arms;
    const started = first.stepper.advance(hours).hours;
    // An arm that takes fewer (its readbacks all in flight) catches up on the next call.
    if (started > 0) for (const a of rest) a.stepper.advance(started);
    return started;
  }

  /** Destroys every arm's stepper; statistics still on their way are dropped. */
  destroy(): void {
    const arms = this.arms;
    this.arms = [];
    for (const a of arms) a.stepper.destroy();
  }

  private arm(index: number): Arm<S> {
    const a = this.arms[index];
    if (!a) throw new RangeError(`Run: no arm ${index} (the run has ${this.arms.length})`);
    return a;
  }

  private report(stepper: S, stats: HourStats[]): void {
    const index = this.arms.findIndex((a) => a.stepper === stepper);
    if (index < 0 || stats.length === 0) return;
    this.arms[index].reached = stats[stats.length - 1].hour;
    this.onStats(index, stats);
  }
}
