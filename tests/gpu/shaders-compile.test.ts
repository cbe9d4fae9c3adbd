/**
 * Every composed WGSL module compiles on a real WebGPU implementation with no message at all —
 * errors, warnings or info — and every simulation pass builds its pipeline with the engine's
 * override constants.
 */
import { describe, expect, it } from 'vitest';
import {
  FUSED_PASS_SPECS,
  INTENT_PASS_SPECS,
  PASS_SPECS,
  TILE_PASS_SPECS,
  WORKGROUP,
  type PassSpec,
} from '../../src/engine/lattice-pass';
import { ALL_MODULES, passSource } from '../../src/engine/shaders';
import { withDevice } from '../helpers/gpu';

describe('shaders compile', () => {
  it('lists every pass and the view', () => {
    expect(Object.keys(ALL_MODULES)).toEqual(
      expect.arrayContaining([
        'fieldSweep',
        'cellFate',
        'hourIntent',
        'immuneIntent',
        'resolve',
        'stats',
        'systemic',
        'view',
      ]),
    );
    for (const spec of [
      ...Object.values(PASS_SPECS),
      ...Object.values(INTENT_PASS_SPECS),
      ...Object.values(TILE_PASS_SPECS),
      ...Object.values(FUSED_PASS_SPECS),
    ])
      expect(Object.keys(ALL_MODULES), `module of pass ${spec.name}`).toContain(spec.name);
  });

  it.each(Object.keys(ALL_MODULES))('%s compiles with zero messages', async (name) => {
    await withDevice(async ({ device }) => {
      const module = device.createShaderModule({ label: `${name}.wgsl`, code: ALL_MODULES[name]() });
      const info = await module.getCompilationInfo();
      const messages = info.messages.map((m) => `${m.type} ${m.lineNum}:${m.linePos} ${m.message}`);
      expect(messages).toEqual([]);
    });
  });

  it.each(Object.entries<PassSpec>({ ...PASS_SPECS, ...INTENT_PASS_SPECS, ...TILE_PASS_SPECS, ...FUSED_PASS_SPECS }))(
    'pass %s builds a compute pipeline with its override constants',
    async (_key, spec) => {
      await withDevice(async ({ device }) => {
        const module = device.createShaderModule({ label: `${spec.name}.wgsl`, code: passSource(spec.name) });
        const pipeline = await device.createComputePipelineAsync({
          label: `${spec.name}.pipeline`,
          layout: 'auto',
          compute: { module, entryPoint: 'main', constants: { WG: WORKGROUP, ...spec.constants } },
        });
        expect(pipeline).toBeTruthy();
      });
    },
  );
});
