/**
 * Snapshot files (architecture.md §5): the complete lattice — state words, fields, systemic
 * compartment, hour — with the parameters, seed and dose schedule that continue it, as JSON with the word arrays base64-encoded (little-endian
 * u32). Decoding checks everything before anything is returned, so a malformed file changes nothing
 * and the message names what is wrong.
 */
import { createLattice, type Lattice } from './lattice';
import { checkValue, defaultValues, PARAM_BY_KEY, type ParamValues } from './registry';
import { BASE_FIELD_COUNT, FIELD_COUNT, FIELD_MAX } from './fields';
import { SYS_WORDS } from './systemic-words';
import { parseSchedule, type Schedule } from './therapy/schedule';

export const SNAPSHOT_FORMAT = 'tme-snapshot/1';

export interface Snapshot {
  lattice: Lattice;
  /** Every registry value; latticeSize and seed are those the lattice runs with. */
  values: ParamValues;
  /** Version of the app that wrote the file (informational). */
  appVersion: string;
  /** The dose schedule of the run (absent in files from before therapies: none). */
  schedule?: Schedule;
}

export interface DecodedSnapshot extends Snapshot {
  /** Registry keys missing from the file (written before they existed): they take their defaults. */
  defaulted: string[];
}

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/** Characters per String.fromCharCode call: far below engines' argument limits. */
const CHUNK = 0x8000;

export function wordsToBase64(words: Uint32Array): string {
  const bytes = new Uint8Array(words.length * 4);
  // DataView fixes the byte order, so files move between hosts of either endianness.
  const view = new DataView(bytes.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w, true));
  let text = '';
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(text);
}

/** Decodes `what` (named in errors) and checks it holds exactly `words` u32 words. */
export function base64ToWords(text: unknown, words: number, what: string): Uint32Array<ArrayBuffer> {
  if (typeof text !== 'string') throw new SnapshotError(`'${what}' is missing or not a base64 string`);
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new SnapshotError(`'${what}' is not valid base64`);
  }
  if (binary.length !== words * 4)
    throw new SnapshotError(`'${what}' holds ${binary.length} bytes; a ${what} of this lattice needs ${words * 4}`);
  const out = new Uint32Array(words);
  for (let i = 0; i < words; i++) {
    const o = i * 4;
    out[i] =
      (binary.charCodeAt(o) |
        (binary.charCodeAt(o + 1) << 8) |
        (binary.charCodeAt(o + 2) << 16) |
        (binary.charCodeAt(o + 3) << 24)) >>>
      0;
  }
  return out;
}

export function encodeSnapshot({ lattice, values, appVersion, schedule = [] }: Snapshot): string {
  return JSON.stringify({
    format: SNAPSHOT_FORMAT,
    appVersion,
    width: lattice.width,
    height: lattice.height,
    hour: lattice.hour,
    seed: values.seed,
    fieldCount: FIELD_COUNT,
    parameters: values,
    schedule,
    state: wordsToBase64(lattice.state),
    fields: wordsToBase64(lattice.fields),
    systemic: wordsToBase64(lattice.systemic),
  });
}

const isCount = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min;

function parseJson(text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SnapshotError(`the file is not JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new SnapshotError('the file is JSON but not a snapshot object');
  return data as Record<string, unknown>;
}

/** Every registry value, from the file where present; unknown keys and bad values are errors. */
function readParameters(raw: unknown): { values: ParamValues; defaulted: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SnapshotError("'parameters' is missing or not an object");
  const values = defaultValues();
  const given = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) {
    const def = PARAM_BY_KEY.get(key);
    if (!def) throw new SnapshotError(`unknown parameter '${key}' (written by a newer version?)`);
    const problem = typeof value === 'number' ? checkValue(def, value) : `${key}: '${String(value)}' is not a number`;
    if (problem) throw new SnapshotError(`parameter ${problem}`);
    values[def.key] = value as number;
  }
  return { values, defaulted: Object.keys(values).filter((k) => !(k in given)) };
}

/** Parses and checks a snapshot file; throws SnapshotError naming the first problem found. */
export function decodeSnapshot(text: string): DecodedSnapshot {
  const data = parseJson(text);
  if (data.format !== SNAPSHOT_FORMAT)
    throw new SnapshotError(`'format' is ${JSON.stringify(data.format)}, expected '${SNAPSHOT_FORMAT}'`);
  const { width, height, hour, seed, fieldCount } = data;
  if (!isCount(width, 1) || !isCount(height, 1))
    throw new SnapshotError(
      `'width' and 'height' must be positive whole numbers (got ${String(width)} × ${String(height)})`,
    );
  if (!isCount(hour, 0)) throw new SnapshotError(`'hour' must be a whole number ≥ 0 (got ${String(hour)})`);
  // Files from before the therapy fields (drug, nanoparticles) load with those fields empty.
  if (fieldCount !== FIELD_COUNT && fieldCount !== BASE_FIELD_COUNT)
    throw new SnapshotError(
      `'fieldCount' is ${String(fieldCount)}; this version reads ${BASE_FIELD_COUNT} or ${FIELD_COUNT} fields`,
    );
  const { values, defaulted } = readParameters(data.parameters);
  if (values.latticeSize !== width || width !== height)
    throw new SnapshotError(`the lattice is ${width} × ${height} but parameter latticeSize is ${values.latticeSize}`);
  if (seed !== values.seed)
    throw new SnapshotError(`'seed' (${String(seed)}) differs from parameter seed (${values.seed})`);
  const lattice = createLattice(width, height);
  lattice.hour = hour;
  lattice.state = base64ToWords(data.state, width * height * 2, 'state');
  const planes = base64ToWords(data.fields, width * height * (fieldCount as number), 'fields');
  // Fields are 16-bit fixed point (the GPU packs two to a word): a larger value cannot be a field.
  const bad = planes.findIndex((v) => v > FIELD_MAX);
  if (bad >= 0)
    throw new SnapshotError(
      `'fields' value ${planes[bad]} at field ${Math.floor(bad / (width * height))}, site ${bad % (width * height)} is above ${FIELD_MAX}, the largest a field holds`,
    );
  lattice.fields.set(planes);
  lattice.systemic = base64ToWords(data.systemic, SYS_WORDS, 'systemic');
  let schedule: Schedule = [];
  if (data.schedule !== undefined) {
    const parsed = parseSchedule(data.schedule);
    if (parsed.errors.length) throw new SnapshotError(`schedule: ${parsed.errors[0]}`);
    schedule = parsed.schedule;
  }
  return {
    lattice,
    values,
    appVersion: typeof data.appVersion === 'string' ? data.appVersion : 'unknown',
    defaulted,
    schedule,
  };
}
