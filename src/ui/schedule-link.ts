/**
 * The dose schedule in share links: `schedule=` holds the events as compact JSON (therapy, start,
 * every, count, dose, region), so a link restores the same run exactly. A malformed schedule in a
 * link is refused whole with a note; the parameters of the link still apply.
 */
import { parseSchedule, type Schedule } from '../model/therapy/schedule';

export const SCHEDULE_KEY = 'schedule';

/** `query` (parameters) with the schedule appended when there is one. */
export function queryWithSchedule(query: string, schedule: Schedule): string {
  if (schedule.length === 0) return query;
  const q = new URLSearchParams(query);
  q.set(SCHEDULE_KEY, JSON.stringify(schedule));
  return q.toString();
}

/** The schedule of a link: none when absent; a note when it cannot be used. */
export function scheduleFromQuery(search: string): { schedule: Schedule; note: string | null } {
  const text = new URLSearchParams(search).get(SCHEDULE_KEY);
  if (text === null) return { schedule: [], note: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { schedule: [], note: 'Ignored the dose schedule in the link: it is not valid JSON.' };
  }
  const { schedule, errors } = parseSchedule(json);
  if (errors.length) return { schedule: [], note: `Ignored the dose schedule in the link: ${errors[0]}.` };
  return { schedule, note: null };
}
