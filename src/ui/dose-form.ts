/**
 * The dose-event form of the schedule editor: therapy, first hour, interval, count and dose, and
 * for radiotherapy a field (typed, or drawn on the lattice). It is read through parseSchedule, so
 * what the form accepts is what the CLI and links accept.
 */
import { parseSchedule, THERAPIES, THERAPY_BY_KEY, type DoseEvent, type Region } from '../model/therapy/schedule';
import { el } from './dom';

export const numberInput = (name: string, value: number, min: number, step: number): HTMLInputElement =>
  el('input', { type: 'number', name, value: String(value), min: String(min), step: String(step) });

/** A label and its inputs, one row of a form. */
export const formRow = (label: string, ...inputs: Array<Node | string>): HTMLLabelElement =>
  el('label', {}, el('span', {}, label), ...inputs);

export interface DoseFormActions {
  submit(): void;
  cancelEdit(): void;
  /** Arms the radiotherapy field tool on the lattice. */
  drawField(): void;
}

export class DoseForm {
  readonly form: HTMLFormElement;
  private readonly submitButton: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly regionRow: HTMLElement;

  constructor(actions: DoseFormActions) {
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
      onclick: () => actions.drawField(),
    });
    this.submitButton = el('button', { type: 'submit', name: 'submit', textContent: 'Add dose event' });
    this.cancelButton = el('button', {
      type: 'button',
      name: 'cancel',
      textContent: 'Cancel edit',
      hidden: true,
      onclick: () => actions.cancelEdit(),
    });
    this.regionRow = el('div', { className: 'region-row' }, formRow('Field', region), draw);
    this.form = el(
      'form',
      { className: 'dose-form' },
      formRow('Therapy', therapy),
      formRow('Start (h)', numberInput('start', 0, 0, 1)),
      formRow('Every (h)', numberInput('every', 0, 0, 1)),
      formRow('Count', numberInput('count', 1, 1, 1)),
      formRow('Dose', numberInput('dose', 1, 0, 0.01), unit),
      this.regionRow,
      el('div', { className: 'buttons' }, this.submitButton, this.cancelButton),
    );
    const showUnit = (): void => {
      const t = THERAPY_BY_KEY.get(therapy.value)!;
      unit.textContent = t.unit;
      this.regionRow.hidden = t.key !== 'radiation';
    };
    therapy.addEventListener('change', showUnit);
    showUnit();
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      actions.submit();
    });
  }

  /** The form's event, or the reason it is not one. */
  event(): { event: DoseEvent | null; error: string | null } {
    const num = (name: string): number => Number(this.input(name).value);
    const therapy = this.input('therapy').value;
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

  /** Loads `e` into the form to be edited and saved in its place. */
  edit(e: DoseEvent): void {
    for (const k of ['start', 'every', 'count', 'dose'] as const) this.input(k).value = String(e[k]);
    this.input('region').value = e.region ? e.region.join(',') : '';
    this.setTherapy(e.therapy);
    this.submitButton.textContent = 'Save event';
    this.cancelButton.hidden = false;
  }

  /** Back to adding a new event. */
  stopEditing(): void {
    this.submitButton.textContent = 'Add dose event';
    this.cancelButton.hidden = true;
  }

  /** A field drawn on the lattice: the form becomes a radiotherapy event over it. */
  setRegion(region: Region): void {
    this.input('region').value = region.join(',');
    this.setTherapy('radiation');
  }

  private setTherapy(therapy: string): void {
    this.input('therapy').value = therapy;
    this.input('therapy').dispatchEvent(new Event('change'));
  }

  private input(name: string): HTMLInputElement | HTMLSelectElement {
    return this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }
}
