/**
 * ParamState.set says what happened to a value — live, at the next reset, or refused and why — and
 * the page's notice follows from that: a live change shows none, a reset-only change says it waits
 * for Reset, a refused one gives the reason. Accepted changes are logged, echoed and in the link.
 */
import { describe, expect, it } from 'vitest';
import { defaultValues, type ParamKey, type ParamValues } from '../../src/model/registry';
import { SCENARIO_BY_ID } from '../../src/model/scenarios';
import { noticeFor, ParamState, type SetResult } from '../../src/ui/param-state';
import { RunLog } from '../../src/ui/run-log';

function state(hour = 7) {
  const values: ParamValues = { ...defaultValues(), latticeSize: 128 };
  const runLog = new RunLog(values);
  const live: ParamValues[] = [];
  const echoed: Array<[ParamKey, number]> = [];
  const links: string[] = [];
  const params = new ParamState(values, {
    runLog,
    echo: (key, value) => echoed.push([key, value]),
    hour: () => hour,
    maxSide: () => 1024,
    applyLive: (v) => live.push({ ...v }),
    writeLink: (query) => links.push(query),
  });
  return { params, runLog, live, echoed, links };
}

describe('ParamState.set', () => {
  it('a live parameter reaches the running simulation, is logged and linked, and calls for no notice', () => {
    const s = state();
    const result = s.params.set('ctlRecruitmentRate', 0.5);
    expect(result).toEqual({ kind: 'live' });
    expect(noticeFor(result, 'ctlRecruitmentRate')).toBeNull();
    expect(s.live.map((v) => v.ctlRecruitmentRate)).toEqual([0.5]);
    expect(s.runLog.changes).toEqual([{ hour: 7, key: 'ctlRecruitmentRate', old: 0.1, new: 0.5 }]);
    expect(s.echoed).toEqual([['ctlRecruitmentRate', 0.5]]);
    expect(s.links.at(-1)).toContain('ctlRecruitmentRate=0.5');
  });

  it('a reset-only parameter waits for the next reset and says so', () => {
    const s = state();
    const result = s.params.set('tumorRadius', 300);
    expect(result).toEqual({ kind: 'atReset' });
    expect(s.live).toEqual([]);
    expect(s.params.values.tumorRadius).toBe(300);
    expect(noticeFor(result, 'tumorRadius')).toEqual({
      text: 'Initial tumour radius applies at the next reset — press Reset.',
      level: 'info',
    });
  });

  it('a therapy parameter is live too: no reset notice', () => {
    const s = state();
    expect(s.params.set('pd1HalfLife', 20)).toEqual({ kind: 'live' });
    expect(s.live).toHaveLength(1);
  });

  it.each<[string, number, RegExp]>([
    ['ctlKillRate', -1, /ctlKillRate: -1 is outside/],
    ['seed', 1.5, /seed: 1.5 must be a whole number/],
    ['latticeSize', 2048, /largest that fits is 1024 × 1024/],
    ['noSuchKnob', 1, /no parameter 'noSuchKnob'/],
  ])('%s = %d is refused with the reason, and nothing changes', (key, value, reason) => {
    const s = state();
    const before = { ...s.params.values };
    const result: SetResult = s.params.set(key, value);
    expect(result.kind).toBe('rejected');
    expect(noticeFor(result, key)).toEqual({ text: expect.stringMatching(reason), level: 'error' });
    expect(s.params.values).toEqual(before);
    expect(s.runLog.changes).toEqual([]);
    expect(s.live).toEqual([]);
    expect(s.links).toEqual([]);
  });

  it('tells its listeners which parameter changed', () => {
    const s = state();
    const changed: string[] = [];
    s.params.onChange((def) => changed.push(def.key));
    s.params.set('tumorRadius', 250);
    s.params.set('ctlKillRate', -5);
    expect(changed).toEqual(['tumorRadius']);
  });
});

describe('ParamState link and runs', () => {
  it('the link holds the scenario, what differs from it and the schedule', () => {
    const s = state();
    s.params.setScenario(SCENARIO_BY_ID.get('inflamed')!);
    s.params.setSchedule([{ therapy: 'radiation', start: 3, every: 0, count: 1, dose: 8 }]);
    const query = new URLSearchParams(s.links.at(-1));
    expect(query.get('scenario')).toBe('inflamed');
    expect(JSON.parse(query.get('schedule')!)).toEqual([
      { therapy: 'radiation', start: 3, every: 0, count: 1, dose: 8 },
    ]);
  });

  it('a snapshot replaces the values without logging; a new run starts a fresh change log', () => {
    const s = state();
    s.params.set('ctlKillRate', 2);
    s.params.runStarted(12);
    expect(s.runLog.changes).toEqual([]);
    expect(s.runLog.startHour).toBe(12);
    s.params.replaceAll({ ...s.params.values, seed: 9, latticeSize: 64 });
    expect(s.runLog.changes).toEqual([]);
    expect(s.params.values.seed).toBe(9);
    expect(s.params.runParameters().latticeSize).toBe(128); // the running lattice's size, until a reset
  });
});
