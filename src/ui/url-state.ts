/**
 * Share links: the scenario, parameters and seed in the query string, keyed on registry keys (never
 * labels). With a scenario the link holds only what differs from it. A malformed link never crashes
 * the page: an unknown scenario, unknown keys and unreadable values are ignored, out-of-range values
 * clamped, and every such change is reported for a visible note.
 */
import {
  checkValue,
  clampValue,
  defaultValues,
  PARAM_BY_KEY,
  PARAMS,
  parseValue,
  type ParamValues,
} from '../model/registry';
import { SCENARIO_BY_ID, scenarioIdProblem, scenarioValues, type LibraryScenario } from '../model/scenarios';

/** Query key of the scenario id. */
export const SCENARIO_PARAM = 'scenario';

/**
 * The state a link describes: its scenario (or null) and the parameters, which are the scenario's
 * (or the defaults) with the link's values over them. A scenario id that names none is refused
 * with a note and the rest of the link applies as if it were absent.
 */
export function linkState(
  search: string,
  defaults: ParamValues,
): { scenario: LibraryScenario | null; values: ParamValues; notes: string[] } {
  let ids: string[];
  try {
    ids = new URLSearchParams(search).getAll(SCENARIO_PARAM);
  } catch {
    ids = [];
  }
  const notes: string[] = [];
  let scenario: LibraryScenario | null = null;
  if (ids.length > 1)
    notes.push(`The link names ${ids.length} scenarios; none was loaded, the rest of the link applies.`);
  else if (ids.length === 1) {
    const problem = scenarioIdProblem(ids[0]);
    if (problem) notes.push(`The link's scenario was not loaded: ${problem}. The rest of the link applies.`);
    else scenario = SCENARIO_BY_ID.get(ids[0])!;
  }
  const read = valuesFromQuery(search, scenario ? scenarioValues(scenario, defaults) : defaults);
  return { scenario, values: read.values, notes: [...notes, ...read.notes] };
}

/** Link keys that are not parameters, read elsewhere (the scenario id and the dose schedule). */
export const LINK_EXTRA_KEYS: ReadonlySet<string> = new Set([SCENARIO_PARAM, 'schedule']);

export function valuesFromQuery(search: string, base: ParamValues): { values: ParamValues; notes: string[] } {
  const values = { ...base };
  const notes: string[] = [];
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { values, notes: ['The link could not be read; defaults are used.'] };
  }
  for (const [key, text] of query) {
    if (LINK_EXTRA_KEYS.has(key)) continue; // read by linkState and scheduleFromQuery
    const def = PARAM_BY_KEY.get(key);
    if (!def) {
      notes.push(`Ignored unknown link parameter '${key}'.`);
      continue;
    }
    const value = parseValue(def, text);
    if (Number.isNaN(value)) {
      notes.push(`Ignored ${key}='${text}': not a number.`);
      continue;
    }
    const problem = checkValue(def, value);
    const fixed = clampValue(def, value);
    if (problem) notes.push(`${key}=${text} is not allowed (${def.min}…${def.max}); using ${fixed}.`);
    values[def.key] = fixed;
  }
  return { values, notes };
}

/** Query string: the scenario, then every value that differs from it (or from its default), in registry order. */
export function queryFromValues(values: ParamValues, scenario: LibraryScenario | null = null): string {
  const q = new URLSearchParams();
  if (scenario) q.set(SCENARIO_PARAM, scenario.id);
  const base = scenario ? scenarioValues(scenario, defaultValues()) : defaultValues();
  for (const p of PARAMS) {
    const v = values[p.key];
    if (v !== undefined && v !== base[p.key]) q.set(p.key, p.kind === 'boolean' ? String(v === 1) : String(v));
  }
  return q.toString();
}
