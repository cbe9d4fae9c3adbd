/** Painting: brush words, disk and rectangle coverage, determinism, and undo/redo of whole strokes. */
import { describe, expect, it } from 'vitest';
import { describeSite } from '../../src/model/describe';
import { cellType, ECM_SHIFT, TYPE_CTL, TYPE_EMPTY, TYPE_TUMOR, TYPE_VESSEL } from '../../src/model/layout';
import { createLattice } from '../../src/model/lattice';
import { applyEdit, coveredSites, PaintHistory, paintedWords, paintStroke, type Brush } from '../../src/ui/paint';

const brush = (kind: Brush['kind'], more: Partial<Brush> = {}): Brush => ({
  kind,
  antigenicity: 0.8,
  clone: 3,
  pdl1: 0.1,
  ecmDensity: 0.5,
  killCapacity: 5,
  ...more,
});
const props = (a: number, b: number) =>
  Object.fromEntries(describeSite(a, b).properties.map((p) => [p.label, p.value]));

describe('paintedWords', () => {
  const ecm = (128 << ECM_SHIFT) >>> 0;
  it('paints a tumour cell with its antigenicity, clone and PD-L1, keeping the site ECM', () => {
    const [a, b] = paintedWords(brush('tumour'), ecm | TYPE_VESSEL, 0);
    expect(cellType(a)).toBe(TYPE_TUMOR);
    expect(props(a, b)).toMatchObject({ clone: 3, antigenicity: 204 / 255, 'ECM density': 128 / 255 });
  });
  it('paints a fresh effector CTL with the kill capacity', () => {
    const [a, b] = paintedWords(brush('ctl', { killCapacity: 7 }), ecm, 0);
    expect(describeSite(a, b).stateName).toBe('effector');
    expect(props(a, b)).toMatchObject({ 'kills left': 7, 'divisions left': 0, engaged: 0 });
  });
  it('sets only the ECM byte with the ECM brush and keeps the occupant', () => {
    const [a, b] = paintedWords(brush('ecm', { ecmDensity: 1 }), TYPE_TUMOR, 1234);
    expect([cellType(a), b, props(a, b)['ECM density']]).toEqual([TYPE_TUMOR, 1234, 1]);
  });
  it('erases to free tissue with the ECM kept', () => {
    expect(paintedWords(brush('eraser'), ecm | TYPE_CTL | (5 << 8), 99)).toEqual([ecm, 0]);
    expect(cellType(paintedWords(brush('vessel'), 0, 7)[0])).toBe(TYPE_VESSEL);
  });
});

describe('coveredSites', () => {
  it('covers one site with a size-1 disk, a plus with size 2 and a 3 × 3 square with size 3', () => {
    const at = (size: number) => [...coveredSites(10, 10, { kind: 'disk', path: [{ x: 5, y: 5 }], size })];
    expect(at(1)).toEqual([55]);
    expect(at(2)).toEqual([45, 54, 55, 56, 65]);
    expect(at(3)).toEqual([44, 45, 46, 54, 55, 56, 64, 65, 66]);
  });
  it('fills the gaps between far-apart pointer samples and clips at the edges', () => {
    const line = [
      ...coveredSites(10, 10, {
        kind: 'disk',
        path: [
          { x: -3, y: 0 },
          { x: 9, y: 0 },
        ],
        size: 1,
      }),
    ];
    expect(line).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('covers a rectangle between two corners in either order, inclusive', () => {
    const r = coveredSites(10, 10, { kind: 'rectangle', from: { x: 3, y: 2 }, to: { x: 1, y: 1 } });
    expect([...r]).toEqual([11, 12, 13, 21, 22, 23]);
  });
});

describe('paintStroke and history', () => {
  const start = () => {
    const l = createLattice(16, 16);
    l.state[2 * 20] = TYPE_VESSEL;
    return l;
  };
  const stroke = {
    kind: 'disk',
    path: [
      { x: 4, y: 1 },
      { x: 8, y: 3 },
    ],
    size: 3,
  } as const;

  it('returns an edited copy, leaves the input alone and records only changed sites', () => {
    const before = start();
    const { lattice, edit } = paintStroke(before, brush('tumour'), stroke);
    expect(before.state).toEqual(start().state);
    expect(edit.sites.length).toBeGreaterThan(10);
    expect([...edit.sites].every((s) => cellType(lattice.state[2 * s]) === TYPE_TUMOR)).toBe(true);
    expect(lattice.fields).toEqual(before.fields);
    expect(paintStroke(lattice, brush('tumour'), stroke).edit.sites.length).toBe(0);
  });

  it('is deterministic: the same strokes on the same lattice give the same words', () => {
    const once = paintStroke(paintStroke(start(), brush('tumour'), stroke).lattice, brush('eraser'), {
      kind: 'rectangle',
      from: { x: 5, y: 0 },
      to: { x: 6, y: 15 },
    });
    const again = paintStroke(paintStroke(start(), brush('tumour'), stroke).lattice, brush('eraser'), {
      kind: 'rectangle',
      from: { x: 5, y: 0 },
      to: { x: 6, y: 15 },
    });
    expect(again.lattice.state).toEqual(once.lattice.state);
  });

  it('undoes and redoes whole strokes in order', () => {
    const history = new PaintHistory();
    const first = paintStroke(start(), brush('tumour'), stroke);
    history.push(first.edit);
    const second = paintStroke(first.lattice, brush('vessel'), {
      kind: 'rectangle',
      from: { x: 0, y: 10 },
      to: { x: 15, y: 12 },
    });
    history.push(second.edit);
    let l = applyEdit(second.lattice, history.undo()!, 'undo');
    expect(l.state).toEqual(first.lattice.state);
    l = applyEdit(l, history.undo()!, 'undo');
    expect(l.state).toEqual(start().state);
    expect(history.undo()).toBeNull();
    l = applyEdit(applyEdit(l, history.redo()!, 'redo'), history.redo()!, 'redo');
    expect(l.state).toEqual(second.lattice.state);
    expect(history.redo()).toBeNull();
    history.undo();
    history.push(paintStroke(l, brush('eraser'), stroke).edit);
    expect(history.redo()).toBeNull(); // a new stroke drops what could be redone
    expect(cellType(l.state[0])).toBe(TYPE_EMPTY);
  });
});
