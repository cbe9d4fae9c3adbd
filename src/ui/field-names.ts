/**
 * How the inspect card shows each field plane: its name, unit and fixed-point scale (architecture.md
 * "Site layout"). Fields without an entry are still shown, by index and raw value, so a field added
 * to the model appears before anyone names it here.
 */
import type { Lattice } from '../model/lattice';
import {
  FIELD_CHEMOKINE,
  FIELD_COUNT,
  FIELD_DRUG,
  FIELD_IFN,
  FIELD_MAX,
  FIELD_NANO,
  FIELD_O2,
  FIELD_SUPPRESSIVE,
  O2_Q16_PER_MMHG,
} from '../model/fields';

interface FieldDisplay {
  name: string;
  unit: string;
  /** Stored value per unit. */
  perUnit: number;
  digits: number;
}

const FIELD_DISPLAY: Readonly<Record<number, FieldDisplay>> = {
  [FIELD_O2]: { name: 'O2', unit: 'mmHg', perUnit: O2_Q16_PER_MMHG, digits: 2 },
  [FIELD_CHEMOKINE]: { name: 'chemokine', unit: 'C', perUnit: FIELD_MAX, digits: 4 },
  [FIELD_IFN]: { name: 'IFN-γ', unit: 'IFN', perUnit: FIELD_MAX, digits: 4 },
  [FIELD_SUPPRESSIVE]: { name: 'suppressive S', unit: 'S', perUnit: FIELD_MAX, digits: 4 },
  [FIELD_DRUG]: { name: 'drug', unit: '× plasma peak', perUnit: FIELD_MAX, digits: 3 },
  [FIELD_NANO]: { name: 'nanoparticles', unit: '× plasma peak', perUnit: FIELD_MAX, digits: 3 },
};

/** Every field's value at `site`, named and in its unit. */
export function fieldReadings(lattice: Lattice, site: number): Array<{ label: string; text: string }> {
  const plane = lattice.width * lattice.height;
  return Array.from({ length: FIELD_COUNT }, (_, f) => {
    const raw = lattice.fields[f * plane + site];
    const d = FIELD_DISPLAY[f];
    return d
      ? { label: d.name, text: `${(raw / d.perUnit).toFixed(d.digits)} ${d.unit}` }
      : { label: `field ${f}`, text: `${raw} (raw)` };
  });
}
