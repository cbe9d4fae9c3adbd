/**
 * The parameter values the page holds and what follows from changing one: the change log (in the
 * run log), the panel's echo, the share link (scenario, values and dose schedule in the address
 * bar) and, for a live parameter, the running simulation. set() says what happened; the page's
 * notice follows from that result (noticeFor), not from the order of a chain of ifs.
 */
import { latticeSizeProblem } from '../engine/device';
import { checkValue, PARAM_BY_KEY, PARAMS, type ParamDef, type ParamKey, type ParamValues } from '../model/registry';
import type { LibraryScenario } from '../model/scenarios';
import type { Schedule } from '../model/therapy/schedule';
import type { NoticeLevel } from './notices';
import type { RunLog } from './run-log';
import { queryWithSchedule } from './schedule-link';
import { queryFromValues } from './url-state';

/** What set() did: the value acts now, acts from the next reset, or was refused (and why). */
export type SetResult = { kind: 'live' } | { kind: 'atReset' } | { kind: 'rejected'; reason: string };

export interface NoticeText {
  text: string;
  level: NoticeLevel;
}

/** The notice a set() result calls for, if any: a live change needs none. */
export function noticeFor(result: SetResult, key: string): NoticeText | null {
  switch (result.kind) {
    case 'live':
      return null;
    case 'atReset':
      return { text: `${PARAM_BY_KEY.get(key)?.label ?? key} applies at the next reset — press Reset.`, level: 'info' };
    case 'rejected':
      return { text: result.reason, level: 'error' };
  }
}

/** What ParamState reaches beyond its values. */
export interface ParamPorts {
  /** The run's change log and start values. */
  runLog: RunLog;
  /** Shows a value in the panel without firing its handlers. */
  echo(key: ParamKey, value: number): void;
  /** The model hour from which a change made now acts (the next hour the run starts). */
  hour(): number;
  /** The largest lattice side the GPU holds. */
  maxSide(): number;
  /** Hands the values to the running simulation (after a live parameter changed). */
  applyLive(values: ParamValues): void;
  /** Writes the share link's query (replaceAddress in the page). */
  writeLink(query: string): void;
}

/** Puts `query` in the address bar without a new history entry. */
export function replaceAddress(query: string): void {
  history.replaceState(null, '', `${location.pathname}${query ? '?' + query : ''}`);
}

export class ParamState {
  private currentScenario: LibraryScenario | null = null;
  private doses: Schedule = [];
  private readonly listeners = new Set<(def: ParamDef<ParamKey>) => void>();

  constructor(
    readonly values: ParamValues,
    private readonly ports: ParamPorts,
  ) {}

  /** The library scenario the values came from (its id is in the link), or null. */
  get scenario(): LibraryScenario | null {
    return this.currentScenario;
  }

  /** The dose schedule the page runs (model.md §5), as the link holds it. */
  get schedule(): Schedule {
    return this.doses;
  }

  /** Applies one registry value from the panel, a link or the test API, and says what happened. */
  set(key: string, value: number): SetResult {
    const def = PARAM_BY_KEY.get(key);
    if (!def) return { kind: 'rejected', reason: `There is no parameter '${key}'.` };
    const reason =
      checkValue(def, value) ?? (def.key === 'latticeSize' ? latticeSizeProblem(value, this.ports.maxSide()) : null);
    if (reason) return { kind: 'rejected', reason };
    this.assign(def.key, value);
    this.writeLink();
    if (def.applies === 'live') this.ports.applyLive(this.values);
    for (const listener of this.listeners) listener(def);
    return def.applies === 'live' ? { kind: 'live' } : { kind: 'atReset' };
  }

  /** Takes every parameter from `values`, logging each change (a scenario; a reset follows). */
  assignAll(values: ParamValues): void {
    for (const p of PARAMS) this.assign(p.key, values[p.key]);
    this.writeLink();
  }

  /** Replaces every value without logging: a loaded snapshot starts a run of its own. */
  replaceAll(values: ParamValues): void {
    for (const p of PARAMS) {
      this.values[p.key] = values[p.key];
      this.ports.echo(p.key, values[p.key]);
    }
    this.writeLink();
  }

  setScenario(scenario: LibraryScenario | null): void {
    this.currentScenario = scenario;
    this.writeLink();
  }

  setSchedule(schedule: Schedule): void {
    this.doses = schedule;
    this.writeLink();
  }

  /** A new run starts at `hour` with the current values: the change log starts over. */
  runStarted(hour: number): void {
    this.ports.runLog.start(this.values, hour);
    this.writeLink();
  }

  /** The parameters the running lattice was made with: current values, latticeSize and seed of the run. */
  runParameters(): ParamValues {
    const start = this.ports.runLog.startValues;
    return { ...this.values, latticeSize: start.latticeSize, seed: start.seed };
  }

  /** Calls `listener` after every accepted set(); returns a function that removes it. */
  onChange(listener: (def: ParamDef<ParamKey>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets one value, logs the change and shows it in the panel. */
  private assign(key: ParamKey, value: number): void {
    const old = this.values[key];
    if (old === value) return;
    this.values[key] = value;
    this.ports.runLog.recordChange({ hour: this.ports.hour(), key, old, new: value });
    this.ports.echo(key, value);
  }

  private writeLink(): void {
    this.ports.writeLink(queryWithSchedule(queryFromValues(this.values, this.currentScenario), this.doses));
  }
}
