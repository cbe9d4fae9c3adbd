/**
 * Initial lattice generator (model.md §7): a tumour disk at the centre, vessels scattered outside it
 * at a density and optionally along the boundary. Pure and seeded: GPU and CPU start from this.
 */
import { ANTIGEN_SHIFT, PDL1_SHIFT, TYPE_TUMOR, TYPE_VESSEL } from './layout';
import { createLattice, type Lattice } from './lattice';
import type { ParamValues } from './registry';
import { draw, initKey, PURPOSE_INIT_VESSEL } from './rng';
import { byte01, FIELD_O2, mmHgToQ16, q16of01, SITE_UM, threshold } from './tables';

export function initialLattice(v: ParamValues): Lattice {
  const size = v.latticeSize;
  const lattice = createLattice(size, size);
  const key = initKey(v.seed);
  const radius2 = ((2 * v.tumorRadius) / SITE_UM) ** 2; // in doubled coordinates
  const vesselThreshold = threshold(v.vesselDensity);
  const tumorWordB = (byte01(v.tumorAntigenicity) << ANTIGEN_SHIFT) | (q16of01(v.tumorPdl1) << PDL1_SHIFT);
  const n = size * size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      const dx = 2 * x + 1 - size;
      const dy = 2 * y + 1 - size;
      const onEdge = x === 0 || y === 0 || x === size - 1 || y === size - 1;
      if (dx * dx + dy * dy <= radius2) {
        lattice.state[2 * i] = TYPE_TUMOR;
        lattice.state[2 * i + 1] = tumorWordB >>> 0;
      } else if ((v.edgeVessels && onEdge) || draw(key, i, PURPOSE_INIT_VESSEL) < vesselThreshold) {
        lattice.state[2 * i] = TYPE_VESSEL;
      }
    }
  }
  // Oxygen starts at the vessel level and relaxes down; chemokine starts at zero.
  lattice.fields.fill(mmHgToQ16(v.o2Vessel), FIELD_O2 * n, (FIELD_O2 + 1) * n);
  return lattice;
}
