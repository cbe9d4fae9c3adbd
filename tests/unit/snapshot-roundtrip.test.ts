/** Snapshot files: encode → decode gives the same lattice (same hash); malformed files are named and refused. */
import { describe, expect, it } from 'vitest';
import { initialLattice } from '../../src/model/init';
import { latticeHash } from '../../src/model/lattice-hash';
import { defaultValues } from '../../src/model/registry';
import {
  base64ToWords,
  decodeSnapshot,
  encodeSnapshot,
  SNAPSHOT_FORMAT,
  wordsToBase64,
} from '../../src/model/snapshot';

const values = { ...defaultValues(), latticeSize: 64, seed: 9, tumorRadius: 100 };

function sample() {
  const lattice = initialLattice(values);
  lattice.hour = 37;
  lattice.fields[5] = 0xffff; // extreme words survive the trip
  lattice.state[3] = 0x80000001;
  return lattice;
}

const encoded = (): Record<string, unknown> =>
  JSON.parse(encodeSnapshot({ lattice: sample(), values, appVersion: '0.1.0' }));
const decodeWith = (patch: Record<string, unknown>) => () => decodeSnapshot(JSON.stringify({ ...encoded(), ...patch }));

describe('snapshot files', () => {
  it('round-trips the lattice, hour, parameters and seed exactly', async () => {
    const lattice = sample();
    const text = encodeSnapshot({ lattice, values, appVersion: '0.1.0' });
    const back = decodeSnapshot(text);
    expect(JSON.parse(text).format).toBe(SNAPSHOT_FORMAT);
    expect(back.lattice.hour).toBe(37);
    expect(back.lattice.state).toEqual(lattice.state);
    expect(back.lattice.fields).toEqual(lattice.fields);
    expect(await latticeHash(back.lattice)).toBe(await latticeHash(lattice));
    expect(back.values).toEqual(values);
    expect(back.appVersion).toBe('0.1.0');
    expect(back.defaulted).toEqual([]);
  });

  it('encodes words little-endian', () => {
    expect(wordsToBase64(Uint32Array.of(0x04030201))).toBe(btoa('\x01\x02\x03\x04'));
    expect([...base64ToWords(btoa('\x01\x02\x03\x04'), 1, 'state')]).toEqual([0x04030201]);
  });

  it('gives parameters missing from an older file their defaults and lists them', () => {
    const data = encoded();
    const { ctlKillRate: _, ...parameters } = data.parameters as Record<string, number>;
    const back = decodeSnapshot(JSON.stringify({ ...data, parameters }));
    expect(back.defaulted).toEqual(['ctlKillRate']);
    expect(back.values.ctlKillRate).toBe(defaultValues().ctlKillRate);
  });

  it.each([
    ['not JSON', () => decodeSnapshot('{"format": tme'), /not JSON/],
    [
      'another format',
      decodeWith({ format: 'tme-snapshot/9' }),
      /'format' is "tme-snapshot\/9", expected 'tme-snapshot\/1'/,
    ],
    ['a bad width', decodeWith({ width: -4 }), /'width' and 'height' must be positive whole numbers/],
    ['a fractional hour', decodeWith({ hour: 1.5 }), /'hour' must be a whole number/],
    [
      'a size that disagrees with latticeSize',
      decodeWith({ width: 32, height: 32 }),
      /the lattice is 32 × 32 but parameter latticeSize is 64/,
    ],
    ['a seed that disagrees', decodeWith({ seed: 10 }), /'seed' \(10\) differs from parameter seed \(9\)/],
    [
      'truncated state',
      decodeWith({ state: btoa('abcd') }),
      /'state' holds 4 bytes; a state of this lattice needs 32768/,
    ],
    ['broken base64', decodeWith({ fields: '***' }), /'fields' is not valid base64/],
    ['missing fields', decodeWith({ fields: undefined }), /'fields' is missing/],
    ['an unknown parameter', decodeWith({ parameters: { ...values, warpDrive: 1 } }), /unknown parameter 'warpDrive'/],
    [
      'an out-of-range parameter',
      decodeWith({ parameters: { ...values, ctlKillRate: 99 } }),
      /parameter ctlKillRate: 99 is outside 0…20/,
    ],
    ['another field count', decodeWith({ fieldCount: 5 }), /'fieldCount' is 5/],
    [
      'a field value no field can hold',
      () => {
        const lattice = sample();
        lattice.fields[64 * 64 + 7] = 0x10000;
        return decodeSnapshot(encodeSnapshot({ lattice, values, appVersion: '0.1.0' }));
      },
      /'fields' value 65536 at field 1, site 7 is above 65535/,
    ],
  ])('refuses %s with a message naming it', (_name, decode, message) => {
    expect(decode).toThrow(message);
  });
});
