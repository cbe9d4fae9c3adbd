/** Dose schedules of the therapy scenarios, built from the clinical regimens of therapy/schedule.ts. */
import { REGIMEN_BY_KEY, type DoseEvent, type Schedule } from '../therapy/schedule';

/** Therapy starts on day 1, once the T cells have arrived. */
export const DAY1 = 24;

/** A regimen of the schedule module, from hour `start`. */
export const regimen = (key: string, start: number): DoseEvent[] => REGIMEN_BY_KEY.get(key)!.events(start);

/** `count` doses of `therapy` every `every` hours from `start`. */
export const doses = (
  therapy: DoseEvent['therapy'],
  start: number,
  every: number,
  count: number,
  dose = 1,
): DoseEvent => ({
  therapy,
  start,
  every,
  count,
  dose,
});

export const schedule = (...events: DoseEvent[][]): Schedule => events.flat();
