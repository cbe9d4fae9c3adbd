/**
 * The dose-schedule editor in the Therapies folder (model.md §5): pick a clinical regimen or build
 * dose events (therapy, first hour, interval, count, dose; for radiotherapy a field drawn on the
 * lattice), see them listed, edit or remove them, save and load them as tme-schedule/1 files. Every
 * change goes through parseSchedule, so what the panel accepts is what the CLI and links accept.
 */
import type GUI from 'lil-gui';
import {
  parseSchedule,
  REGIMEN_BY_KEY,
  REGIMENS,
  scheduleJson,
  THERAPIES,
  THERAPY_BY_KEY,
  type DoseEvent,
  type Region,
  type TherapyKey,
} from '../model/therapy/schedule';
import type { App } from './app';
import { download } from './download';
import { RegionTool } from './region-tool';
import { THERAPY_COLOURS } from './therapy-colours';

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

const swatch = (colour: string): HTMLSpanElement => {
  const s = el('span', { className: 'swatch' });
  s.style.background = colour;
  return s;
};

const numberInput = (name: string, value: number, min: number, step: number): HTMLInputElement =>
  el('input', { type: 'number', name, value: String(value), min: String(min), step: String(step) });

/** One line describing an event, e.g. "Anti-PD-1 1 dose at h 48, then every 336 h (×4)". */
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

export class TherapyPanel {
  readonly root: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly list: HTMLOListElement;
  private readonly regionTool: RegionTool;
  private readonly submitButton: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  /** Index of the event being edited, or null when the form adds a new one. */
  private editing: number | null = null;

  constructor(
    private readonly app: App,
    folder: GUI,
    isPainting: () => boolean,
  ) {
    this.regionTool = new RegionTool(app, isPainting, (region) => this.setRegion(region));
    const regimen = el(
      'select',
      { name: 'regimen', title: 'Clinical regimens (model.md §5): added to the schedule from the day given.' },
      ...REGIMENS.map((r) => el('option', { value: r.key }, r.label)),
    );
    const regimenDay = numberInput('regimenDay', 0, 0, 1);
    const addRegimen = el('button', {
      type: 'button',
      textContent: 'Add regimen',
      onclick: () => this.addRegimen(regimen.value, Number(regimenDay.value)),
    });
    const therapy = el('select', { name: 'therapy' }, ...THERAPIES.map((t) => el('option', { value: t.key }, t.label)));
    const unit = el('span', { className: 'unit' });
    const region = el('input', {
      type: 'text',
      name: 'region',
      placeholder: 'whole tumour',
      title:
        'Radiotherapy field in sites: x0,y0,x1,y1 (draw it on the lattice); empty: the whole tumour (its cells and the sites touching them).',
    });
    const draw = el('button', {
      type: 'button',
      textContent: 'Draw field',
      title: 'Drag a rectangle on the lattice: the radiotherapy field.',
      onclick: () => this.regionTool.arm(),
    });
    const submit = (this.submitButton = el('button', {
      type: 'submit',
      name: 'submit',
      textContent: 'Add dose event',
    }));
    const cancel = (this.cancelButton = el('button', {
      type: 'button',
      name: 'cancel',
      textContent: 'Cancel edit',
      hidden: true,
      onclick: () => this.stopEditing(),
    }));
    const row = (label: string, ...inputs: (Node | string)[]): HTMLLabelElement =>
      el('label', {}, el('span', {}, label), ...inputs);
    this.form = el(
      'form',
      { className: 'dose-form' },
      row('Therapy', therapy),
      row('Start (h)', numberInput('start', 0, 0, 1)),
      row('Every (h)', numberInput('every', 0, 0, 1)),
      row('Count', numberInput('count', 1, 1, 1)),
      row('Dose', numberInput('dose', 1, 0, 0.01), unit),
      el('div', { className: 'region-row' }, row('Field', region), draw),
      el('div', { className: 'buttons' }, submit, cancel),
    );
    const showUnit = (): void => {
      const t = THERAPY_BY_KEY.get(therapy.value)!;
      unit.textContent = t.unit;
      (this.form.querySelector('.region-row') as HTMLElement).hidden = t.key !== 'radiation';
    };
    therapy.addEventListener('change', showUnit);
    showUnit();
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.list = el('ol', { className: 'dose-list', ariaLabel: 'Dose events' });
    const file = el('input', { type: 'file', accept: '.json,application/json', hidden: true });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      file.value = '';
      if (f) void this.load(f);
    });
    const compare = el('button', {
      type: 'button',
      name: 'compare',
      textContent: 'Compare with untreated (side by side)',
      title:
        'Runs this schedule (B) and no therapy (A) from the same seed and initial lattice, in lockstep, side by side, with both curves on the chart.',
      onclick: () => void (app.compareHour === null ? app.startComparison() : app.stopComparison()),
    });
    app.on(
      'comparison',
      () =>
        (compare.textContent = app.compareHour === null ? 'Compare with untreated (side by side)' : 'Stop comparison'),
    );
    const tools = el(
      'div',
      { className: 'buttons' },
      compare,
      el('button', { type: 'button', textContent: 'Clear all', onclick: () => this.apply([]) }),
      el('button', {
        type: 'button',
        textContent: 'Save schedule',
        onclick: () =>
          download('tme-schedule.json', JSON.stringify(scheduleJson(app.schedule), null, 2) + '\n', 'application/json'),
      }),
      el('button', { type: 'button', textContent: 'Load schedule…', onclick: () => file.click() }),
      file,
    );
    this.root = el(
      'div',
      { className: 'dose-schedule' },
      el('h3', {}, 'Dose schedule'),
      el('div', { className: 'regimen-row' }, regimen, row('from day', regimenDay), addRegimen),
      this.form,
      this.list,
      tools,
      el('p', { className: 'hint' }, 'Doses act from the next simulated hour; the rows below set what a dose does.'),
    );
    folder.$children.prepend(this.root);
    app.on('schedule', () => this.render());
    this.render();
  }

  private input(name: string): HTMLInputElement | HTMLSelectElement {
    return this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  private setRegion(region: Region): void {
    this.input('region').value = region.join(',');
    this.input('therapy').value = 'radiation';
    this.input('therapy').dispatchEvent(new Event('change'));
  }

  /** The form's event, or the reason it is not one. */
  private formEvent(): { event: DoseEvent | null; error: string | null } {
    const num = (name: string): number => Number(this.input(name).value);
    const therapy = this.input('therapy').value as TherapyKey;
    const count = num('count');
    const e: Record<string, unknown> = {
      therapy,
      start: num('start'),
      every: count > 1 ? num('every') : 0,
      count,
      dose: num('dose'),
    };
    const regionText = this.input('region').value.trim();
    if (therapy === 'radiation' && regionText) e.region = regionText.split(',').map((s) => Number(s.trim()));
    const { schedule, errors } = parseSchedule([e]);
    return errors.length
      ? { event: null, error: errors[0].replace(/^event 1 /, '') }
      : { event: schedule[0], error: null };
  }

  private submit(): void {
    const { event, error } = this.formEvent();
    if (!event) {
      this.app.notices.show(`Dose event not added: ${error}`, 'error');
      return;
    }
    const next = [...this.app.schedule];
    if (this.editing !== null) next[this.editing] = event;
    else next.push(event);
    if (this.apply(next)) {
      if (event.start < this.app.nextHour)
        this.app.notices.show(
          `Doses before hour ${this.app.nextHour} are not given: the run is already past them.`,
          'warn',
        );
      this.stopEditing();
    }
  }

  private addRegimen(key: string, day: number): void {
    const regimen = REGIMEN_BY_KEY.get(key);
    if (!regimen || !(day >= 0)) return;
    this.apply([...this.app.schedule, ...regimen.events(Math.round(day * 24))]);
  }

  /** Replaces the schedule if it is valid; says why not otherwise. */
  private apply(events: DoseEvent[]): boolean {
    const { schedule, errors } = parseSchedule(events);
    if (errors.length) {
      this.app.notices.show(`Schedule not changed: ${errors[0]}`, 'error');
      return false;
    }
    this.app.setSchedule(schedule);
    return true;
  }

  private async load(file: File): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      this.app.notices.show(
        `Could not load '${file.name}': not JSON (${(e as Error).message}). Nothing was changed.`,
        'error',
      );
      return;
    }
    const { schedule, errors } = parseSchedule(json);
    if (errors.length) {
      this.app.notices.show(`Could not load '${file.name}': ${errors.join('; ')}. Nothing was changed.`, 'error');
      return;
    }
    this.app.setSchedule(schedule);
    this.app.notices.show(
      `Loaded the dose schedule '${file.name}': ${schedule.length} event${schedule.length === 1 ? '' : 's'}.`,
      'info',
    );
  }

  private edit(index: number): void {
    const e = this.app.schedule[index];
    this.editing = index;
    for (const k of ['start', 'every', 'count', 'dose'] as const) this.input(k).value = String(e[k]);
    this.input('therapy').value = e.therapy;
    this.input('region').value = e.region ? e.region.join(',') : '';
    this.input('therapy').dispatchEvent(new Event('change'));
    this.submitButton.textContent = 'Save event';
    this.cancelButton.hidden = false;
    this.render();
  }

  private stopEditing(): void {
    this.editing = null;
    this.submitButton.textContent = 'Add dose event';
    this.cancelButton.hidden = true;
    this.render();
  }

  private render(): void {
    const items = this.app.schedule.map((e, i) =>
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
          onclick: () => this.apply(this.app.schedule.filter((_, j) => j !== i)),
        }),
      ),
    );
    this.list.replaceChildren(
      ...(items.length ? items : [el('li', { className: 'empty' }, 'No therapy: the tumour grows untreated.')]),
    );
  }
}
