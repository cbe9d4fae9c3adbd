/**
 * Share links carry the scenario (src/ui/url-state.ts): a link written for a scenario, with or
 * without changes, reads back as the same scenario and the same values; an unknown, malformed or
 * repeated scenario id is refused with a note and the rest of the link applies as without it.
 */
import { describe, expect, it } from 'vitest';
import { defaultValues, type ParamKey } from '../../src/model/registry';
import { SCENARIO_BY_ID, SCENARIO_LIBRARY, scenarioValues } from '../../src/model/scenarios';
import { linkState, queryFromValues } from '../../src/ui/url-state';

const page = () => ({ ...defaultValues(), latticeSize: 128 });

describe('scenario in the share link', () => {
  it.each(SCENARIO_LIBRARY.map((s) => [s.id, s] as const))('%s round-trips, alone and with changes', (id, s) => {
    const loaded = scenarioValues(s, page());
    const q = queryFromValues(loaded, s);
    expect(q).toBe(`scenario=${id}&latticeSize=128`);
    const back = linkState(`?${q}`, defaultValues());
    expect(back.scenario?.id).toBe(id);
    expect(back.values).toEqual(loaded);
    expect(back.notes).toEqual([]);

    // A change, and a scenario value set back to its default, both survive.
    const [key] = Object.keys(s.values) as ParamKey[];
    const changed = { ...loaded, ctlKillRate: 2.5, seed: 9, [key]: defaultValues()[key] };
    const again = linkState(`?${queryFromValues(changed, s)}`, defaultValues());
    expect(again.scenario?.id).toBe(id);
    expect(again.values).toEqual(changed);
  });

  it('without a scenario the link holds differences from the defaults, as before', () => {
    const values = { ...page(), seed: 3 };
    expect(queryFromValues(values)).toBe('latticeSize=128&seed=3');
    expect(linkState('?latticeSize=128&seed=3', defaultValues())).toEqual({ scenario: null, values, notes: [] });
  });

  it.each([
    ['unknown', '?scenario=inflamd&seed=7', /'inflamd' is no scenario \(have: .*\)\. The rest of the link applies\./],
    ['malformed', '?scenario=%3Cscript%3E&seed=7', /'<script>' is not a scenario id/],
    ['empty', '?scenario=&seed=7', /'' is not a scenario id/],
    ['repeated', '?scenario=inflamed&scenario=desert&seed=7', /The link names 2 scenarios; none was loaded/],
  ])('%s id: a note, no scenario, the rest of the link applied', (_what, search, note) => {
    const { scenario, values, notes } = linkState(search, defaultValues());
    expect(scenario).toBeNull();
    expect(values).toEqual({ ...defaultValues(), seed: 7 });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(note);
  });

  it('a link value over a scenario is checked like any other', () => {
    const { scenario, values, notes } = linkState('?scenario=desert&tumorAntigenicity=7', defaultValues());
    expect(scenario).toBe(SCENARIO_BY_ID.get('desert'));
    expect(values.tumorAntigenicity).toBe(1);
    expect(notes[0]).toContain('tumorAntigenicity=7 is not allowed');
  });
});
