/**
 * The lesson card of the current scenario (src/model/scenarios.ts), in the side panel under the
 * controls: what to predict, what to watch, what it shows, when to look and the references.
 * Collapsible; hidden when no scenario is loaded. Presenter mode shows it in large type.
 */
import { CARD_LATTICE_SIDE, type LibraryScenario } from '../model/scenarios';

export class LessonCardView {
  private readonly details: HTMLDetailsElement;

  constructor(
    private readonly root: HTMLElement,
    /** Plays the run until `hour`, then pauses. */
    private readonly runTo: (hour: number) => void,
  ) {
    this.details = document.createElement('details');
    this.details.open = true;
    this.root.replaceChildren(this.details);
    this.root.hidden = true;
  }

  /** Shows the card of `scenario` (open), or hides the card when null. */
  show(scenario: LibraryScenario | null): void {
    this.root.hidden = !scenario;
    this.root.dataset.scenario = scenario?.id ?? '';
    if (!scenario) {
      this.details.replaceChildren();
      return;
    }
    const { card } = scenario;
    const summary = el('summary', '', [el('span', 'kicker', 'Lesson'), ' ', el('span', 'title', scenario.title)]);
    const sections = el('dl', '', [
      el('dt', '', 'Predict'),
      el('dd', 'predict', card.predict),
      el('dt', '', 'Watch'),
      el('dd', 'watch', card.watch),
      el('dt', '', 'What it shows'),
      el('dd', 'shows', card.shows),
    ]);
    const run = el('button', 'run-to', `Run to hour ${scenario.lookAtHour}`) as HTMLButtonElement;
    run.type = 'button';
    run.title = `Plays until model hour ${scenario.lookAtHour}, then pauses. Suggested run: about ${scenario.hours} h.`;
    run.onclick = () => this.runTo(scenario.lookAtHour);
    const timing = el('p', 'timing', [
      `Look at hour ${scenario.lookAtHour} (suggested run ${scenario.hours} h). `,
      run,
    ]);
    const note = el(
      'p',
      'numbers',
      `Numbers on this card: a ${scenario.numbersAt ?? CARD_LATTICE_SIDE} × ${scenario.numbersAt ?? CARD_LATTICE_SIDE} lattice, seed ${scenario.seed}; other sizes and seeds differ in detail.`,
    );
    const refs = el('details', 'refs', [
      el('summary', '', `References (${card.references.length})`),
      el(
        'ul',
        '',
        card.references.map((r) => el('li', '', r)),
      ),
    ]);
    this.details.replaceChildren(summary, el('p', 'summary-line', scenario.summary), sections, timing, note, refs);
    this.details.open = true;
  }
}

function el(tag: string, className: string, content: string | ReadonlyArray<Node | string>): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (typeof content === 'string') e.textContent = content;
  else e.append(...content);
  return e;
}
