/**
 * Share links: parameters and seed in the query string, keyed on registry keys (never labels).
 * A malformed link never crashes the page: unknown keys and unreadable values are ignored,
 * out-of-range values clamped, and every such change is reported for a visible note.
 */
import { checkValue, clampValue, PARAM_BY_KEY, PARAMS, parseValue, type ParamValues } from '../model/registry';

/** Link keys that are not parameters, read elsewhere (the dose schedule). */
export const LINK_EXTRA_KEYS: ReadonlySet<string> = new Set(['schedule']);

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
    if (LINK_EXTRA_KEYS.has(key)) continue;
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
    values[key] = fixed;
  }
  return { values, notes };
}

/** Query string holding every value that differs from its default, in registry order. */
export function queryFromValues(values: ParamValues): string {
  const q = new URLSearchParams();
  for (const p of PARAMS) {
    const v = values[p.key];
    if (v !== undefined && v !== p.default) q.set(p.key, p.kind === 'boolean' ? String(v === 1) : String(v));
  }
  return q.toString();
}
