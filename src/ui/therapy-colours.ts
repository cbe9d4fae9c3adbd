/** One colour per therapy for the timeline, the dose list and the plasma-level chart (Paul Tol's muted scheme + extras). */
import type { TherapyKey } from '../model/therapy/schedule';

export const THERAPY_COLOURS: Readonly<Record<TherapyKey, string>> = {
  antiPD1: '#88ccee',
  antiPDL1: '#44aa99',
  antiCTLA4: '#117733',
  reprogram: '#ddcc77',
  tregDepletion: '#cc6677',
  mdscInhibition: '#aa4499',
  chemo: '#e69f00',
  nanoparticle: '#d55e00',
  radiation: '#ff4444',
  vaccine: '#999933',
  stroma: '#a6761d',
};
