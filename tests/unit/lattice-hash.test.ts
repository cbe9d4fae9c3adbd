import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLattice, type Lattice } from '../../src/model/lattice';
import { latticeHash } from '../../src/model/lattice-hash';

/**
 * A small lattice with distinct, full-width words everywhere: 12 state and 12 field words, fixed
 * here rather than taken from FIELD_COUNT, so the pinned hash checks the encoding alone.
 */
function sample(): Lattice {
  const lattice = createLattice(3, 2);
  lattice.hour = 5;
  lattice.fields = new Uint32Array(12);
  lattice.state.forEach((_, i) => (lattice.state[i] = (Math.imul(i + 1, 0x9e3779b9) ^ 0x80000001) >>> 0));
  lattice.fields.forEach((_, i) => (lattice.fields[i] = i * 4099));
  return lattice;
}

describe('latticeHash', () => {
  it('is a pinned value for a known lattice, so a change of encoding shows up', async () => {
    expect(await latticeHash(sample())).toBe('7b951a36c74df448');
  });

  it('is the SHA-256 of width, height, hour, state words and field words as little-endian u32', async () => {
    const lattice = sample();
    const words = [lattice.width, lattice.height, lattice.hour, ...lattice.state, ...lattice.fields];
    const bytes = Buffer.alloc(words.length * 4);
    words.forEach((w, i) => bytes.writeUInt32LE(w, i * 4));
    expect(await latticeHash(lattice)).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
  });

  it('changes when any single word changes', async () => {
    const base = await latticeHash(sample());
    const variants: Array<(l: Lattice) => void> = [(l) => (l.hour += 1)];
    for (let i = 0; i < 12; i++) variants.push((l) => (l.state[i] ^= 1 << (i % 32)));
    for (let i = 0; i < 12; i++) variants.push((l) => (l.fields[i] += 1));
    const seen = new Set([base]);
    for (const change of variants) {
      const lattice = sample();
      change(lattice);
      seen.add(await latticeHash(lattice));
    }
    expect(seen.size).toBe(variants.length + 1);
  });

  it('tells apart lattices of the same words but a different shape', async () => {
    const wide = sample();
    const tall = { ...sample(), width: 2, height: 3 };
    expect(await latticeHash(tall)).not.toBe(await latticeHash(wide));
  });
});
