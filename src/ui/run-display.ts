/**
 * What the page shows of the running arms as their statistics arrive: the model clock, the
 * population chart (a second arm's curves dashed), the readouts box with the response to therapy,
 * the therapy timeline and, with several arms, a label over each arm's part of the view.
 */
import type { HourStats } from '../model/stats';
import { response as responseOf } from '../model/therapy/response';
import { CountsChart } from './chart';
import type { UiState } from './controls';
import type { AppElements } from './elements';
import type { ArmPlan } from './live-run';
import type { ParamState } from './param-state';
import type { RunClock } from './ports';
import { renderReadouts } from './readouts';
import type { RunLog } from './run-log';
import { TherapyChart } from './therapy-chart';
import { ClockDisplay } from './topbar';

export class RunDisplay implements RunClock {
  /** The last hour whose statistics arrived (what the counter shows). */
  hour = 0;
  readonly chart: CountsChart;
  readonly clock: ClockDisplay;
  private readonly therapyChart: TherapyChart;
  private armLabels: HTMLElement[] = [];

  constructor(
    private readonly el: AppElements,
    private readonly params: ParamState,
    private readonly runLog: RunLog,
    private readonly ui: UiState,
  ) {
    this.chart = new CountsChart(el.chart);
    this.therapyChart = new TherapyChart(el.therapyChart);
    this.clock = new ClockDisplay(el);
  }

  /** The first arm's hours: chart, run log, readouts, clock and timeline; `plan` says what it runs. */
  firstArmStats(stats: HourStats[], plan: ArmPlan): void {
    this.chart.push(stats);
    this.runLog.push(stats);
    const schedule = this.params.schedule;
    const response =
      plan.treated && schedule.length ? responseOf(this.runLog.points, schedule, this.params.values) : null;
    renderReadouts(this.el.readouts, stats[stats.length - 1], response, plan.readoutsCaption);
    this.hour = stats[stats.length - 1].hour;
    this.clock.record(this.hour);
    this.showClock();
    this.therapyChart.setHour(this.hour);
    if (this.therapyChart.horizon) this.chart.setHorizon(this.therapyChart.horizon);
  }

  /** Another arm's hours: its curves on the chart, beside the first arm's. */
  comparedStats(stats: HourStats[]): void {
    this.chart.pushCompare(stats);
  }

  /** Clears the chart for a run that starts at `hour`. */
  started(hour: number): void {
    this.chart.clear();
    this.therapyChart.setHour(hour);
    this.jumpTo(hour);
  }

  /** The run continues from a snapshot at `hour`: the records after it are dropped. */
  resumed(hour: number): void {
    this.chart.truncate(hour);
    this.runLog.truncate(hour);
    this.jumpTo(hour);
  }

  /** Labels each arm's part of the view and puts the second arm's curves on the chart (one arm: neither). */
  showArms(plans: readonly ArmPlan[]): void {
    for (const l of this.armLabels) l.remove();
    this.armLabels = plans.length > 1 ? plans.map((plan, i) => this.armLabel(plan.label, i)) : [];
    this.chart.setComparison(plans.length > 1 ? plans[1].label : null);
  }

  /** Redraws the therapy timeline and lines the population chart's time axis up with it. */
  showTherapy(): void {
    this.therapyChart.update(this.params.schedule, this.params.values, this.hour);
    this.chart.setHorizon(this.therapyChart.horizon);
  }

  showClock(): void {
    this.clock.show(this.hour, this.ui.playing);
  }

  /** Shows `hour` after a jump (new run, restored snapshot): the speed samples no longer apply. */
  private jumpTo(hour: number): void {
    this.hour = hour;
    this.clock.clear();
    this.showClock();
  }

  private armLabel(text: string, index: number): HTMLElement {
    const label = document.createElement('div');
    label.className = `arm-label arm-${String.fromCharCode(97 + index)}`;
    label.textContent = text;
    this.el.stage.append(label);
    return label;
  }
}
