/** Lattice, time stepping and solver parameters. */
import { num, type ParamDef } from './define';

export const SIMULATION_PARAMS: readonly ParamDef[] = [
  num({ key: 'latticeSize', label: 'Lattice side', unit: 'sites', default: 512, min: 64, max: 16384, step: 16, kind: 'integer', group: 'Simulation', applies: 'reset', tooltip: 'Sites per side of the square lattice; one site is 10 µm. The largest side the GPU allows is checked when it is applied.', source: 'model.md §1' }),
  num({ key: 'seed', label: 'Seed', unit: '', default: 1, min: 0, max: 4294967295, step: 1, kind: 'integer', group: 'Simulation', applies: 'reset', tooltip: 'Seed of every random decision. The same seed and parameters give the same lattice on every GPU and in the CPU twin.', source: 'architecture.md §2' }),
  num({ key: 'substeps', label: 'Motility sub-steps', unit: 'per h', default: 8, min: 1, max: 32, step: 1, kind: 'integer', group: 'Simulation', tooltip: 'Immune-cell moves per model hour (8 = one every 7.5 min).', source: 'Kather 2017 (96 per 12 h)' }),
  num({ key: 'fieldSweepsPerHour', label: 'Field sweeps', unit: 'per h', default: 16, min: 1, max: 256, step: 1, kind: 'integer', group: 'Simulation', advanced: true, tooltip: 'Red-black SOR sweeps that relax every field towards steady state each hour (warm-started).', source: 'architecture.md §3' }),
  num({ key: 'fieldResetSweeps', label: 'Field sweeps at reset', unit: '', default: 600, min: 0, max: 20000, step: 1, kind: 'integer', group: 'Simulation', applies: 'reset', advanced: true, tooltip: 'Sweeps run once at reset so the fields start converged.', source: 'architecture.md §3' }),
  num({ key: 'sorOmega', label: 'SOR relaxation ω', unit: '', default: 1.8, min: 1, max: 1.98, step: 0.01, group: 'Simulation', advanced: true, tooltip: 'Over-relaxation factor of the field solver; 1 is Gauss-Seidel.', source: 'architecture.md §3' }),
];
