import { describe, expect, it } from 'vitest';
import { DEFAULT_HOURS, parseCliArgs, type CliOptions } from '../../src/cli/args';
import { resolveValues } from '../../src/cli/parameters';
import { usage } from '../../src/cli/usage';
import { PRESET_BY_KEY } from '../../src/model/presets';
import { defaultValues, PARAM_BY_KEY, PARAMS } from '../../src/model/registry';

function options(argv: string[]): CliOptions {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) throw new Error(`unexpected errors: ${parsed.errors.join('; ')}`);
  return parsed.options;
}

function errors(argv: string[]): string {
  const parsed = parseCliArgs(argv);
  if (parsed.ok) throw new Error(`expected errors for ${argv.join(' ')}`);
  return parsed.errors.join('\n');
}

describe('parseCliArgs', () => {
  it('has the documented defaults', () => {
    expect(options([])).toEqual({
      help: false,
      backend: 'gpu',
      hours: DEFAULT_HOURS,
      every: 1,
      out: null,
      json: null,
      hash: false,
      quiet: false,
      paramsFile: null,
      preset: null,
      scheduleFile: null,
      doses: [],
      overrides: [],
    });
  });

  it('reads --preset by its key and names the known presets for an unknown one', () => {
    expect(options(['--preset', 'excluded']).preset).toBe('excluded');
    const text = errors(['--preset', 'cold']);
    expect(text).toMatch(/--preset: no preset 'cold'/);
    for (const key of ['inflamed', 'excluded', 'desert']) expect(text).toContain(key);
  });

  it('reads every flag of the issue example', () => {
    const o = options([
      '--size',
      '128',
      '--hours',
      '200',
      '--seed',
      '7',
      '--backend',
      'cpu',
      '--set',
      'ctlKillRate=2',
      '--out',
      'run.csv',
    ]);
    expect(o).toMatchObject({ backend: 'cpu', hours: 200, out: 'run.csv' });
    expect(o.overrides).toEqual([
      ['latticeSize', '128'],
      ['seed', '7'],
      ['ctlKillRate', '2'],
    ]);
  });

  it('keeps --size, --seed and --set in command-line order, so the last one wins', () => {
    const o = options(['--set', 'latticeSize=256', '--size=64', '--set', 'seed=3', '--seed', '9']);
    expect(o.overrides).toEqual([
      ['latticeSize', '256'],
      ['latticeSize', '64'],
      ['seed', '3'],
      ['seed', '9'],
    ]);
    expect(resolveValues(null, o.overrides).values).toMatchObject({ latticeSize: 64, seed: 9 });
  });

  it('reads --json, --every, --hash, --quiet and --params', () => {
    expect(options(['--json', 'r.json', '--every', '5', '--hash', '--quiet', '--params', 'p.json'])).toMatchObject({
      json: 'r.json',
      every: 5,
      hash: true,
      quiet: true,
      paramsFile: 'p.json',
    });
  });

  it('lets --help win over flags that would not parse', () => {
    expect(options(['--bogus', '--help']).help).toBe(true);
    expect(options(['-h']).help).toBe(true);
  });

  it('names an unknown parameter, and suggests a close key', () => {
    expect(errors(['--set', 'nosuchkey=1'])).toMatch(/unknown parameter 'nosuchkey'/);
    expect(errors(['--set', 'ctlKilRate=1'])).toMatch(/did you mean ctlKillRate\?/);
  });

  it('names an out-of-range parameter and its range', () => {
    expect(errors(['--set', 'ctlKillRate=999'])).toMatch(/ctlKillRate: 999 is outside 0…20/);
    expect(errors(['--size', '99999'])).toMatch(/latticeSize: 99999 is outside 64…16384/);
    expect(errors(['--set', 'ctlKillCapacity=2.5'])).toMatch(/ctlKillCapacity: 2.5 must be a whole number/);
  });

  it('reports every bad value, not just the first', () => {
    const text = errors(['--set', 'nosuchkey=1', '--set', 'ctlKillRate=-1', '--hours', 'many', '--backend', 'tpu']);
    for (const name of ['nosuchkey', 'ctlKillRate', '--hours', '--backend']) expect(text).toContain(name);
  });

  it('names an unknown flag and a stray argument', () => {
    expect(errors(['--bogus-flag'])).toMatch(/unknown option '--bogus-flag'/);
    expect(errors(['ctlKillRate=2'])).toMatch(/unexpected argument 'ctlKillRate=2'/);
  });

  it('rejects --set without a key, and bad --hours and --every', () => {
    expect(errors(['--set', 'ctlKillRate'])).toMatch(/--set 'ctlKillRate': expected key=value/);
    expect(errors(['--hours=-1'])).toMatch(/--hours: '-1'/);
    expect(errors(['--hours', '1.5'])).toMatch(/--hours: '1.5'/);
    expect(errors(['--every', '0'])).toMatch(/--every: '0'/);
    expect(errors(['--hours'])).toMatch(/--hours/);
  });
});

describe('resolveValues', () => {
  it('applies the file, then the overrides on top', () => {
    const file = { name: 'p.json', data: { ctlKillRate: 2, stemHierarchy: true, seed: 3 } };
    const { values, errors } = resolveValues(file, [['seed', '5']]);
    expect(errors).toEqual([]);
    expect(values).toEqual({ ...defaultValues(), ctlKillRate: 2, stemHierarchy: 1, seed: 5 });
  });

  it('applies a preset first, then the file, then the overrides', () => {
    const preset = PRESET_BY_KEY.get('excluded')!;
    expect(resolveValues(null, [], 'excluded')).toEqual({
      values: { ...defaultValues(), ...preset.values },
      errors: [],
    });
    const file = { name: 'p.json', data: { ecmRingWidth: 20, ctlKillRate: 2 } };
    const { values, errors } = resolveValues(file, [['ctlKillRate', '3']], 'excluded');
    expect(errors).toEqual([]);
    expect(values).toEqual({ ...defaultValues(), ...preset.values, ecmRingWidth: 20, ctlKillRate: 3 });
  });

  it('reads choices in a file by option name, and names the options when one is wrong', () => {
    const ok = resolveValues({ name: 'p.json', data: { vesselLayout: 'tumour rim', tumorSeed: 1 } }, []);
    expect(ok.errors).toEqual([]);
    expect(ok.values).toMatchObject({
      vesselLayout: PARAM_BY_KEY.get('vesselLayout')!.options!.indexOf('tumour rim'),
      tumorSeed: 1,
    });
    const bad = resolveValues({ name: 'p.json', data: { vesselLayout: 'ring', tumorSeed: true } }, []).errors.join(
      '\n',
    );
    expect(bad).toMatch(/p\.json: vesselLayout/);
    expect(bad).toMatch(/p\.json: tumorSeed: expected one of disk, foci, got true/);
  });

  it('names the file and the key of every problem in it', () => {
    const file = { name: 'p.json', data: { nosuchkey: 1, ctlKillRate: 999, tumorPdl1: '0.5', latticeSize: true } };
    const text = resolveValues(file, []).errors.join('\n');
    expect(text).toMatch(/p\.json: unknown parameter 'nosuchkey'/);
    expect(text).toMatch(/p\.json: ctlKillRate: 999 is outside 0…20/);
    expect(text).toMatch(/p\.json: tumorPdl1: expected a number, got "0.5"/);
    expect(text).toMatch(/p\.json: latticeSize: expected a number, got true/);
  });

  it('wants a JSON object', () => {
    const { errors } = resolveValues({ name: 'p.json', data: [1, 2] }, []);
    expect(errors).toEqual(['p.json: expected a JSON object of parameter key → value']);
  });
});

describe('usage', () => {
  it('lists every parameter under its group, with default, unit and range', () => {
    const text = usage();
    for (const p of PARAMS) {
      const line = text.split('\n').find((l) => l.trim().startsWith(p.key + ' '));
      expect(line, p.key).toBeDefined();
      expect(line).toContain(p.label);
      if (p.unit) expect(line).toContain(p.unit);
      expect(text.indexOf(line!)).toBeGreaterThan(text.indexOf(`\n${p.group}\n`));
    }
    const flags = [
      '--backend',
      '--hours',
      '--size',
      '--seed',
      '--set',
      '--params',
      '--every',
      '--out',
      '--json',
      '--hash',
      '--quiet',
    ];
    for (const flag of flags) expect(text).toContain(flag);
    expect(text).toContain('-h, --help');
  });
});
