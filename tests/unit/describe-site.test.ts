/** The inspect card's decoding of site words: every property the layout defines, by type. */
import { describe, expect, it } from 'vitest';
import { describeSite } from '../../src/model/describe';
import {
  ANTIGEN_SHIFT,
  CTL_ACTIVATED,
  DIVISIONS_SHIFT,
  ECM_SHIFT,
  ENGAGED_SHIFT,
  KCAP_SHIFT,
  PDL1_SHIFT,
  STATE_SHIFT,
  TIMER_SHIFT,
  TYPE_CTL,
  TYPE_EMPTY,
  TYPE_TUMOR,
  TYPE_VESSEL,
} from '../../src/model/layout';

const byLabel = (d: ReturnType<typeof describeSite>): Record<string, number> =>
  Object.fromEntries(d.properties.map((p) => [p.label, p.value]));

describe('describeSite', () => {
  it('decodes a tumour cell: clone, antigenicity, PD-L1 and the ECM under it', () => {
    const a = (TYPE_TUMOR | (51 << ECM_SHIFT)) >>> 0;
    const b = (17 | (204 << ANTIGEN_SHIFT) | (6554 << PDL1_SHIFT)) >>> 0;
    const d = describeSite(a, b);
    expect(d.typeName).toBe('tumour');
    expect(d.stateName).toBeNull();
    expect(byLabel(d)).toEqual({ clone: 17, antigenicity: 0.8, 'PD-L1': 6554 / 65535, 'ECM density': 0.2 });
    expect(d.properties.map((p) => p.text)).toEqual(['17', '0.80', '0.100', '0.20']);
  });

  it('decodes a CTL: state, kills and divisions left, engagement and activity hours', () => {
    const a =
      (TYPE_CTL |
        (CTL_ACTIVATED << STATE_SHIFT) |
        (3 << KCAP_SHIFT) |
        (2 << DIVISIONS_SHIFT) |
        (5 << ENGAGED_SHIFT) |
        (9 << TIMER_SHIFT)) >>>
      0;
    const d = describeSite(a, 0);
    expect(d.typeName).toBe('CTL');
    expect(d.stateName).toBe('activated');
    expect(byLabel(d)).toEqual({
      'kills left': 3,
      'divisions left': 2,
      engaged: 5,
      'activity timer': 9,
      'ECM density': 0,
    });
    expect(d.properties.find((p) => p.label === 'engaged')?.text).toBe('5 h');
  });

  it('shows only the ECM density of free tissue and vessels, and names unknown states and types', () => {
    expect(describeSite((TYPE_EMPTY | (255 << ECM_SHIFT)) >>> 0, 0).properties).toEqual([
      { label: 'ECM density', value: 1, text: '1.00' },
    ]);
    expect(describeSite(TYPE_VESSEL, 0).typeName).toBe('vessel');
    expect(describeSite(TYPE_CTL | (7 << STATE_SHIFT), 0).stateName).toBe('state 7');
    expect(describeSite(15, 0).typeName).toBe('type 15');
  });
});
