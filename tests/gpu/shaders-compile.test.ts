/**
 * Every composed WGSL module compiles on a real WebGPU implementation with no message at all —
 * errors, warnings or info — and every pass of the pass table builds its pipeline with the
 * engine's override constants.
 */
import { describe, expect, it } from 'vitest';
import { PASSES, WORKGROUP, type PassName } from '../../src/engine/pass-table';
import { simulationSource, viewSource } from '../../src/engine/shaders';
import { withDevice } from '../helpers/gpu';

/** Every composed module once (passes that share a module share its sources), and the view. */
const MODULES: Record<string, () => string> = {
  ...Object.fromEntries(Object.values(PASSES).map((def) => [def.module, () => simulationSource(def.sources)])),
  view: viewSource,
};

describe('shaders compile', () => {
  it('lists every pass module and the view', () => {
    expect(Object.keys(MODULES)).toEqual(
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
  });

  it.each(Object.keys(MODULES))('%s compiles with zero messages', async (name) => {
    await withDevice(async ({ device }) => {
      const module = device.createShaderModule({ label: `${name}.wgsl`, code: MODULES[name]() });
      const info = await module.getCompilationInfo();
      const messages = info.messages.map((m) => `${m.type} ${m.lineNum}:${m.linePos} ${m.message}`);
      expect(messages).toEqual([]);
    });
  });

  it.each(Object.keys(PASSES) as PassName[])(
    'pass %s builds a compute pipeline with its override constants',
    async (name) => {
      const def = PASSES[name];
      await withDevice(async ({ device }) => {
        const module = device.createShaderModule({ label: `${def.module}.wgsl`, code: simulationSource(def.sources) });
        const constants: Record<string, number> = { WG: WORKGROUP, ...('constants' in def ? def.constants : {}) };
        const pipeline = await device.createComputePipelineAsync({
          label: `${name}.pipeline`,
          layout: 'auto',
          compute: { module, entryPoint: 'main', constants },
        });
        expect(pipeline).toBeTruthy();
      });
    },
  );
});
