/**
 * One site's two words (layout.ts) in plain words, for the page's inspect card: the cell type, its
 * state and every property the layout defines for it. Pure, so the decoding is pinned by unit tests
 * rather than read off a screenshot.
 */
import {
  ANTIGEN_MASK,
  ANTIGEN_SHIFT,
  cellState,
  cellType,
  CLONE_MASK,
  CLONE_SHIFT,
  CTL_ACTIVATED,
  CTL_EFFECTOR,
  CTL_EXHAUSTED,
  DIVISIONS_MASK,
  DIVISIONS_SHIFT,
  ECM_MASK,
  ECM_SHIFT,
  ENGAGED_MASK,
  ENGAGED_SHIFT,
  field,
  KCAP_MASK,
  KCAP_SHIFT,
  PDL1_MASK,
  PDL1_SHIFT,
  TIMER_MASK,
  TIMER_SHIFT,
  TYPE_CTL,
  TYPE_NAMES,
  TYPE_TUMOR,
} from './layout';

export interface SiteProperty {
  label: string;
  value: number;
  /** The value as shown: fractions with their precision, counts as integers, with the unit. */
  text: string;
}

export interface SiteDescription {
  type: number;
  typeName: string;
  /** The state's name for types that have states (CTL); null otherwise. */
  stateName: string | null;
  /** Properties of the cell, then of the site itself (ECM density). */
  properties: SiteProperty[];
}

const CTL_STATE_NAMES: Readonly<Record<number, string>> = {
  [CTL_EFFECTOR]: 'effector',
  [CTL_ACTIVATED]: 'activated',
  [CTL_EXHAUSTED]: 'exhausted',
};

const fraction = (label: string, value: number, digits = 2): SiteProperty => ({
  label,
  value,
  text: value.toFixed(digits),
});
const count = (label: string, value: number, unit = ''): SiteProperty => ({
  label,
  value,
  text: unit ? `${value} ${unit}` : String(value),
});

/** Name of a cell type; types the model does not name yet are shown by number, never hidden. */
const typeName = (type: number): string => TYPE_NAMES[type] ?? `type ${type}`;

function tumourProperties(b: number): SiteProperty[] {
  return [
    count('clone', field(b, CLONE_SHIFT, CLONE_MASK)),
    fraction('antigenicity', field(b, ANTIGEN_SHIFT, ANTIGEN_MASK) / ANTIGEN_MASK),
    fraction('PD-L1', field(b, PDL1_SHIFT, PDL1_MASK) / PDL1_MASK, 3),
  ];
}

function ctlProperties(a: number): SiteProperty[] {
  return [
    count('kills left', field(a, KCAP_SHIFT, KCAP_MASK)),
    count('divisions left', field(a, DIVISIONS_SHIFT, DIVISIONS_MASK)),
    count('engaged', field(a, ENGAGED_SHIFT, ENGAGED_MASK), 'h'),
    count('activity timer', field(a, TIMER_SHIFT, TIMER_MASK), 'h'),
  ];
}

/** Decodes word A (cell word) and word B (property word) of one site. */
export function describeSite(a: number, b: number): SiteDescription {
  const type = cellType(a);
  const cell = type === TYPE_TUMOR ? tumourProperties(b) : type === TYPE_CTL ? ctlProperties(a) : [];
  const stateName = type === TYPE_CTL ? (CTL_STATE_NAMES[cellState(a)] ?? `state ${cellState(a)}`) : null;
  return {
    type,
    typeName: typeName(type),
    stateName,
    properties: [...cell, fraction('ECM density', field(a, ECM_SHIFT, ECM_MASK) / ECM_MASK)],
  };
}
