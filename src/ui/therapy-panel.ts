/**
 * The dose-schedule editor in the Therapies folder (model.md §5): pick a clinical regimen or build
 * dose events (dose-form.ts; for radiotherapy a field drawn on the lattice), see them listed, edit or
 * remove them, save and load them as tme-schedule/1 files, and compare the schedule with no therapy
 * side by side. Every change goes through parseSchedule, so what the panel accepts is what the CLI
 * and links accept.
 */
import type GUI from 'lil-gui';
import {
  parseSchedule,
  REGIMEN_BY_KEY,
  REGIMENS,
  scheduleJson,
  THERAPY_BY_KEY,
  type DoseEvent,
} from '../model/therapy/schedule';
import type { Camera } from './camera';
import { el } from './dom';
import { DoseForm, formRow, numberInput } from './dose-form';
import { download } from './download';
import type { ComparisonSwitch, NoticeBoard, ScheduleEditor } from './ports';
import { RegionTool } from './region-tool';
import { THERAPY_COLOURS } from './therapy-colours';

const COMPARE_LABEL = 'Compare with untreated (side by side)';

const swatch = (colour: string): HTMLSpanElement => {
  const s = el('span', { className: 'swatch' });
  s.style.background = colour;
  return s;
};

/** One line describing an event, e.g. "Anti-PD-1: 1 dose from h 48 (day 2.0), every 336 h × 4". */
export function describeEvent(e: DoseEvent): string {
  const t = THERAPY_BY_KEY.get(e.therapy)!;
  const dose = `${e.dose} ${t.unit === 'doses' ? (e.dose === 1 ? 'dose' : 'doses') : t.unit}`;
  const when =
    e.count > 1
      ? `from h ${e.start} (day ${(e.start / 24).toFixed(1)}), every ${e.every} h × ${e.count}`
      : `at h ${e.start} (day ${(e.start / 24).toFixed(1)})`;
  const region = e.region ? `, field ${e.region.join(',')}` : e.therapy === 'radiation' ? ', whole tumour' : '';
  return `${t.label}: ${dose} ${when}${region}`;
}

/** What the schedule editor needs of the page. */
export interface TherapyPorts {
  schedule: ScheduleEditor;
  comparison: ComparisonSwitch;
  notices: NoticeBoard;
  /** For drawing the radiotherapy field on the lattice. */
  camera: Camera;
  isPainting(): boolean;
}

export class TherapyPanel {
  readonly root: HTMLElement;
  private readonly doseForm: DoseForm;
  private readonly list: HTMLOListElement;
  /** Index of the event being edited, or null when the form adds a new one. */
  private editing: number | null = null;

  constructor(
    private readonly ports: TherapyPorts,
    folder: GUI,
  ) {
    const regionTool = new RegionTool(ports.camera, ports.notices, ports.schedule, ports.isPainting, (region) =>
      this.doseForm.setRegion(region),
    );
    this.doseForm = new DoseForm({
      submit: () => this.submit(),
      cancelEdit: () => this.stopEditing(),
      drawField: () => regionTool.arm(),
    });
    this.list = el('ol', { className: 'dose-list', ariaLabel: 'Dose events' });
    this.root = el(
      'div',
      { className: 'dose-schedule' },
      el('h3', {}, 'Dose schedule'),
      this.regimenRow(),
      this.doseForm.form,
      this.list,
      this.scheduleButtons(),
      el('p', { className: 'hint' }, 'Doses act from the next simulated hour; the rows below set what a dose does.'),
    );
    folder.$children.prepend(this.root);
    ports.schedule.on('schedule', () => this.render());
    this.render();
  }

  private get schedule(): readonly DoseEvent[] {
    return this.ports.schedule.schedule;
  }

  /** A clinical regimen added from a chosen day. */
  private regimenRow(): HTMLElement {
    const regimen = el(
      'select',
      { name: 'regimen', title: 'Clinical regimens (model.md §5): added to the schedule from the day given.' },
      ...REGIMENS.map((r) => el('option', { value: r.key }, r.label)),
    );
    const day = numberInput('regimenDay', 0, 0, 1);
    const add = el('button', {
      type: 'button',
      textContent: 'Add regimen',
      onclick: () => this.addRegimen(regimen.value, Number(day.value)),
    });
    return el('div', { className: 'regimen-row' }, regimen, formRow('from day', day), add);
  }

  /** Compare, clear, save and load. */
  private scheduleButtons(): HTMLElement {
    const { comparison } = this.ports;
    const file = el('input', { type: 'file', accept: '.json,application/json', hidden: true });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      file.value = '';
      if (f) void this.load(f);
    });
    const compare = el('button', {
      type: 'button',
      name: 'compare',
      textContent: COMPARE_LABEL,
      title:
        'Runs this schedule (B) and no therapy (A) from the same seed and initial lattice, in lockstep, side by side, with both curves on the chart.',
      onclick: () =>
        void (comparison.compareHour === null ? comparison.startComparison() : comparison.stopComparison()),
    });
    this.ports.schedule.on(
      'comparison',
      () => (compare.textContent = comparison.compareHour === null ? COMPARE_LABEL : 'Stop comparison'),
    );
    const save = (): void =>
      download('tme-schedule.json', JSON.stringify(scheduleJson(this.schedule), null, 2) + '\n', 'application/json');
    return el(
      'div',
      { className: 'buttons' },
      compare,
      el('button', { type: 'button', textContent: 'Clear all', onclick: () => this.apply([]) }),
      el('button', { type: 'button', textContent: 'Save schedule', onclick: save }),
      el('button', { type: 'button', textContent: 'Load schedule…', onclick: () => file.click() }),
      file,
    );
  }

  private submit(): void {
    const { event, error } = this.doseForm.event();
    if (!event) {
      this.ports.notices.show(`Dose event not added: ${error}`, 'error');
      return;
    }
    const next = [...this.schedule];
    if (this.editing !== null) next[this.editing] = event;
    else next.push(event);
    if (this.apply(next)) {
      const { nextHour } = this.ports.schedule;
      if (event.start < nextHour)
        this.ports.notices.show(`Doses before hour ${nextHour} are not given: the run is already past them.`, 'warn');
      this.stopEditing();
    }
  }

  private addRegimen(key: string, day: number): void {
    const regimen = REGIMEN_BY_KEY.get(key);
    if (!regimen || !(day >= 0)) return;
    this.apply([...this.schedule, ...regimen.events(Math.round(day * 24))]);
  }

  /** Replaces the schedule if it is valid; says why not otherwise. */
  private apply(events: DoseEvent[]): boolean {
    const { schedule, errors } = parseSchedule(events);
    if (errors.length) {
      this.ports.notices.show(`Schedule not changed: ${errors[0]}`, 'error');
      return false;
    }
    this.ports.schedule.setSchedule(schedule);
    return true;
  }

  private async load(file: File): Promise<void> {
    const { notices } = this.ports;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      notices.show(`Could not load '${file.name}': not JSON (${(e as Error).message}). Nothing was changed.`, 'error');
      return;
    }
    const { schedule, errors } = parseSchedule(json);
    if (errors.length) {
      notices.show(`Could not load '${file.name}': ${errors.join('; ')}. Nothing was changed.`, 'error');
      return;
    }
    this.ports.schedule.setSchedule(schedule);
    notices.show(
      `Loaded the dose schedule '${file.name}': ${schedule.length} event${schedule.length === 1 ? '' : 's'}.`,
      'info',
    );
  }

  private edit(index: number): void {
    this.editing = index;
    this.doseForm.edit(this.schedule[index]);
    this.render();
  }

  private stopEditing(): void {
    this.editing = null;
    this.doseForm.stopEditing();
    this.render();
  }

  private render(): void {
    const items = this.schedule.map((e, i) =>
      el(
        'li',
        { className: i === this.editing ? 'editing' : '' },
        swatch(THERAPY_COLOURS[e.therapy]),
        el('span', { className: 'what' }, describeEvent(e)),
        el('button', {
          type: 'button',
          textContent: 'Edit',
          title: 'Load this event into the form',
          onclick: () => this.edit(i),
        }),
        el('button', {
          type: 'button',
          textContent: '×',
          title: 'Remove this event',
          ariaLabel: 'Remove',
          onclick: () => this.apply(this.schedule.filter((_, j) => j !== i)),
        }),
      ),
    );
    this.list.replaceChildren(
      ...(items.length ? items : [el('li', { className: 'empty' }, 'No therapy: the tumour grows untreated.')]),
    );
  }
}
