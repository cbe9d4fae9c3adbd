/** Validation scenario 1 (model.md §7): growth of a tumour without immune cells and its necrotic core. */
import { cellType, TYPE_NECROTIC, TYPE_TUMOR } from '../../model/layout';
import type { Lattice } from '../../model/lattice';
import { NO_IMMUNE } from '../../model/scenario-library/tissues';
import { SITE_UM } from '../../model/fields';
import { check, med, type Scenario } from './define';

/**
 * Outer radius (µm) of the tumour mass: 95 % of its tumour and debris sites lie within it, measured
 * from the lattice centre where the disk was seeded. Unlike the area, it does not shrink when the
 * debris of the necrotic core is cleared and leaves holes inside the mass.
 */
export function outerRadius(l: Lattice): number {
  const d: number[] = [];
  const c = l.width / 2;
  for (let i = 0; i < l.width * l.height; i++) {
    const t = cellType(l.state[2 * i]);
    if (t === TYPE_TUMOR || t === TYPE_NECROTIC)
      d.push(Math.hypot((i % l.width) + 0.5 - c, Math.floor(i / l.width) + 0.5 - c));
  }
  if (d.length === 0) return 0;
  d.sort((a, b) => a - b);
  return (SITE_UM * d[Math.min(d.length - 1, Math.floor(0.95 * d.length))]) / Math.sqrt(0.95);
}

export const necroticCore: Scenario = {
  id: 'necrotic-core',
  title: '1. Necrotic core',
  expectation:
    'One tumour disk, vessels at the domain edge, no immune cells: growth is rim-limited and roughly linear in radius; a viable rim ≈ 100–200 µm surrounds a necrotic core once the tumour is large.',
  size: 128,
  hours: 300,
  arms: [{ label: 'untreated, edge vessels', values: { ...NO_IMMUNE, vesselLayout: 1, tumorRadius: 300 } }],
  snapshotsAt: [1 / 3, 2 / 3],
  measure: (s, end, snaps) => {
    const c = s.at(-1)!.counts;
    const outer = SITE_UM * Math.sqrt((c.tumour + c.necrotic) / Math.PI);
    const core = SITE_UM * Math.sqrt(c.necrotic / Math.PI);
    const third = s.length / 3;
    const [r1, r2, r3] = [outerRadius(snaps[0]), outerRadius(snaps[1]), outerRadius(end)];
    return {
      necrotic_fraction: c.necrotic_fraction,
      viable_rim_um: outer - core,
      radius_um: r3,
      speed_early_um_per_day: ((r2 - r1) / third) * 24,
      speed_late_um_per_day: ((r3 - r2) / third) * 24,
    };
  },
  columns: {
    necrotic_fraction: 'necrotic / (tumour + necrotic) at the end',
    viable_rim_um: 'radius of the tumour + debris area − radius of the debris area (µm)',
    radius_um: 'outer radius of the mass at the end: 95 % of tumour and debris sites within it, from the centre (µm)',
    speed_early_um_per_day: 'growth of that outer radius, middle third (µm/day)',
    speed_late_um_per_day: 'growth of that outer radius, last third (µm/day)',
  },
  checks: (r) => [
    check(
      'a necrotic core forms (median necrotic fraction ≥ 5 %)',
      med(r, 0, 'necrotic_fraction') >= 0.05,
      `median ${med(r, 0, 'necrotic_fraction').toFixed(3)}`,
    ),
    check(
      'the viable rim is 100–200 µm (accepted 80–250 µm)',
      med(r, 0, 'viable_rim_um') >= 80 && med(r, 0, 'viable_rim_um') <= 250,
      `median ${med(r, 0, 'viable_rim_um').toFixed(0)} µm`,
    ),
    check(
      'growth does not accelerate as the tumour enlarges (late radial speed ≤ earlier speed + 2 µm/day)',
      med(r, 0, 'speed_late_um_per_day') <= med(r, 0, 'speed_early_um_per_day') + 2,
      `median speeds ${med(r, 0, 'speed_early_um_per_day').toFixed(1)} → ${med(r, 0, 'speed_late_um_per_day').toFixed(1)} µm/day`,
    ),
    check(
      'radial growth goes on at a steady positive speed (both speeds > 2 µm/day, ratio 0.4–2.5)',
      med(r, 0, 'speed_early_um_per_day') > 2 &&
        med(r, 0, 'speed_late_um_per_day') > 2 &&
        med(r, 0, 'speed_late_um_per_day') / med(r, 0, 'speed_early_um_per_day') >= 0.4 &&
        med(r, 0, 'speed_late_um_per_day') / med(r, 0, 'speed_early_um_per_day') <= 2.5,
      `median speeds ${med(r, 0, 'speed_early_um_per_day').toFixed(1)} → ${med(r, 0, 'speed_late_um_per_day').toFixed(1)} µm/day`,
    ),
  ],
};
