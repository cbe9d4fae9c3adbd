/**
 * The scenarios of the library (types and lookup in scenarios.ts), one file each, in the order of
 * the page's Scenario menu (share links use the ids; the reference screenshots in
 * tests/e2e/references/ follow this order). Every entry was run headless
 * (`npm run sim -- --backend cpu --preset ID --size 128`) and its card says what that run showed;
 * the numbers quoted are from that lattice (CARD_LATTICE_SIDE) and the scenario's seed, and differ
 * on other lattices and seeds. Several were also run at 256² (the page's size on a real GPU), where
 * the cards still hold (wording is hedged where they hold only qualitatively).
 * Therapy scenarios carry a dose schedule built from the clinical regimens (therapy/schedule.ts).
 */
import type { LibraryScenario } from './scenario';
import { necroticCore } from './necrotic-core';
import { inflamed } from './inflamed';
import { excluded } from './excluded';
import { desert } from './desert';
import { influxLow } from './influx-low';
import { influxHigh } from './influx-high';
import { pdl1Adaptive } from './pdl1-adaptive';
import { pdl1NoInduction } from './pdl1-no-induction';
import { m2Macrophages } from './m2-macrophages';
import { suppressiveCells } from './suppressive-cells';
import { antigenLoss } from './antigen-loss';
import { stemHierarchy } from './stem-hierarchy';
import { fibrosis } from './fibrosis';
import { inflamedAntiPd1 } from './inflamed-anti-pd1';
import { desertAntiPd1 } from './desert-anti-pd1';
import { excludedStroma } from './excluded-stroma';
import { radiotherapyAntiPd1 } from './radiotherapy-anti-pd1';
import { m2Reprogramming } from './m2-reprogramming';
import { tregMdscDepletion } from './treg-mdsc-depletion';
import { chemoConstant } from './chemo-constant';
import { chemoPulsed } from './chemo-pulsed';
import { freeDrug } from './free-drug';
import { nanoparticle } from './nanoparticle';
import { vaccineTiming } from './vaccine-timing';

export const SCENARIO_LIBRARY: readonly LibraryScenario[] = [
  necroticCore,
  inflamed,
  excluded,
  desert,
  influxLow,
  influxHigh,
  pdl1Adaptive,
  pdl1NoInduction,
  m2Macrophages,
  suppressiveCells,
  antigenLoss,
  stemHierarchy,
  fibrosis,
  // Therapies (model.md §5; docs/therapies.md). Each schedule starts on day 1 unless said otherwise.
  inflamedAntiPd1,
  desertAntiPd1,
  excludedStroma,
  radiotherapyAntiPd1,
  m2Reprogramming,
  tregMdscDepletion,
  chemoConstant,
  chemoPulsed,
  freeDrug,
  nanoparticle,
  vaccineTiming,
];
