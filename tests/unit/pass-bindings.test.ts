/**
 * The group-1 bindings of every pass are written twice: in the WGSL (`@group(1) @binding(N)
 * var<storage, ACCESS> name`) and in the pass table (src/engine/pass-table.ts), from which the
 * engine builds the bind group layout. A binding index, access mode or name that drifts on one
 * side would bind the wrong buffer or fail validation, so every composed module is parsed and
 * compared with the table both ways.
 */
import { describe, expect, it } from 'vitest';
import { PASSES, type PassBinding, type PassName } from '../../src/engine/pass-table';
import { simulationSource } from '../../src/engine/shaders';

const DECLARATION = /^@group\(1\)\s*@binding\((\d+)\)\s*var<storage,\s*(read|read_write)>\s*([A-Za-z_]\w*)\s*:/;

/** "N access name" for every group-1 declaration of `code`; a group-1 line it cannot read is an error. */
function declaredBindings(code: string): string[] {
  const out: string[] = [];
  for (const line of code.split('\n').map((l) => l.trim())) {
    if (!line.startsWith('@group(1)')) continue;
    const m = DECLARATION.exec(line);
    if (!m) throw new Error(`unparsed group-1 declaration: ${line}`);
    out.push(`${m[1]} ${m[2]} ${m[3]}`);
  }
  return out.sort();
}

const tableBindings = (bindings: readonly PassBinding[]): string[] =>
  bindings.map((b) => `${b.binding} ${b.access} ${b.name}`).sort();

const NAMES = Object.keys(PASSES) as PassName[];

describe('pass table bindings match the WGSL declarations', () => {
  it('reads the declarations (the parser found them)', () => {
    expect(declaredBindings(simulationSource(PASSES.resolve.sources))).toEqual([
      '0 read stateIn',
      '1 read_write stateOut',
      '2 read intents',
      '3 read_write stats',
    ]);
  });

  it.each(NAMES)(
    '%s: every binding in the table is declared in its WGSL and every declaration is in the table',
    (name) => {
      const def = PASSES[name];
      expect(tableBindings(def.bindings), `${name} (module ${def.module})`).toEqual(
        declaredBindings(simulationSource(def.sources)),
      );
    },
  );

  it.each(NAMES)('%s binds each index once and writes only what it declares read_write', (name) => {
    const { bindings } = PASSES[name];
    expect(new Set(bindings.map((b) => b.binding)).size).toBe(bindings.length);
    for (const b of bindings) if (b.buffer === 'nextState') expect(b.access, `${name}.${b.name}`).toBe('read_write');
  });

  it('passes that share a module share its sources', () => {
    for (const name of NAMES)
      for (const other of NAMES)
        if (PASSES[name].module === PASSES[other].module)
          expect(PASSES[other].sources, `${name} and ${other}`).toEqual(PASSES[name].sources);
  });
});
