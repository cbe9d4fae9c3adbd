/**
 * The scenarios of the library (types and lookup in scenarios.ts). Every entry was run headless
 * (`npm run sim -- --backend cpu --preset ID --size 128`) and its card says what that run showed;
 * the numbers quoted are from that lattice (CARD_LATTICE_SIDE) and the scenario's seed, and differ
 * on other lattices and seeds. Several were also run at 256² (the page's size on a real GPU), where
 * the cards still hold (wording is hedged where they hold only qualitatively).
 * Only mechanics that exist now: therapy scenarios come with the therapies (give them `schedule`).
 */
import type { ParamValues } from './registry';
import type { LibraryScenario } from './scenarios';

/** Sources, as cited in docs/model.md. */
const KATHER_2017 = 'Kather JN et al. (2017) In silico modeling of immunotherapy and stroma-targeting therapies in human colorectal cancer. Cancer Research 77:6442';
const PHYSICELL = 'Ghaffarizadeh A et al. (2018) PhysiCell; its cancer-immune sample and rules grammar (Johnson et al. 2025): oxygen, division, necrosis, IFN-γ, suppressive signals';
const SPQSP_IO = 'Gong C et al. (2017) spQSP-IO: PD-L1 dynamics and suppression, T-cell division';
const SPQSP_TNBC = 'Mi H et al. (2022) spQSP-TNBC: MDSCs and suppression';
const SPQSP_PDAC = 'spQSP-PDAC: stroma (ECM) porosity, hypoxic PD-L1';
const STEM = 'Poleszczuk J, Enderling H (2016): cancer stem-cell hierarchy';
const MACROPHAGES = 'Cess CG, Finley SD (2020): macrophage polarisation';
const validation = (n: number, what: string): string => `This playground: docs/validation.md, scenario ${n} (${what}), over 10 seeds`;

/** No immune or stromal cells at all. */
const NO_IMMUNE: ParamValues = { ctlRecruitmentRate: 0, mdscRecruitment: 0, macRecruitment: 0, macrophageDensity: 0, cafDensity: 0 };
const INFLAMED: ParamValues = { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.3, vesselLayout: 0, vesselDensity: 0.006, ecmRingWidth: 0, ecmBackground: 0, cafDensity: 0.001 };
/** Vessels in a ring 150 µm outside the tumour, none inside. */
const RIM_VESSELS: ParamValues = { vesselLayout: 3, vesselDensity: 0.02, rimVesselDistance: 150 };

export const SCENARIO_LIBRARY: readonly LibraryScenario[] = [
  {
    id: 'necrotic-core',
    title: 'Growth and the necrotic core',
    summary: 'A tumour 600 µm across, few vessels, no immune cells: only oxygen limits it.',
    values: { ...NO_IMMUNE, tumorRadius: 300, vesselDensity: 0.002 },
    seed: 1,
    hours: 240,
    lookAtHour: 72,
    card: {
      predict: 'There are no immune cells here: the tumour only needs oxygen, which seeps out of the red blood vessels. Will every tumour cell keep dividing? Where do cells die first?',
      watch: "Set View → Field overlay to Oxygen. Cells more than about 100 µm from a vessel run short; within two to three days dark necrotic debris fills the centre while the orange rim keeps dividing. Follow 'necrotic' and 'hypoxic' in the readouts box.",
      shows: 'Tissue that consumes oxygen uses it up within about 100 µm of a vessel, so a solid tumour outgrows its supply: a living rim around a dead core. Only the rim grows, so the tumour grows far more slowly than its cells could divide. (Real tumours grow new vessels; this model does not.)',
      references: [PHYSICELL, validation(1, 'necrotic core')],
    },
  },
  {
    id: 'inflamed',
    title: 'Inflamed (hot) tumour',
    summary: 'Highly antigenic tumour, vessels in and around it, strong T-cell recruitment, little stroma.',
    values: INFLAMED,
    seed: 1,
    hours: 150,
    lookAtHour: 48,
    card: {
      predict: 'This tumour is easy for T cells to recognise (antigenicity 0.9) and vessels bring many of them. Will they clear it? Where does the fight happen?',
      watch: "Light-blue T cells leave the vessels and climb the chemokine trail to the tumour; touching it they turn dark blue (activated) and kill. The IFN-γ overlay shows where they act. The readouts say 'inflamed'. Over the days more T cells turn grey (exhausted).",
      shows: 'A hot tumour: T cells get in and kill, mostly at its edge. It shrinks (to about half in six days here) but is not cleared: each T cell kills at most five times, and the IFN-γ it releases raises PD-L1 on the tumour, which exhausts T cells. This is the kind of tumour in which PD-1 blockers work best.',
      references: [KATHER_2017, SPQSP_IO, validation(3, 'immune phenotypes')],
    },
  },
  {
    id: 'excluded',
    title: 'Immune-excluded tumour',
    summary: 'Antigenic tumour in a dense stroma ring laid by fibroblasts, vessels only outside it.',
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.3, ...RIM_VESSELS, ecmRingWidth: 80, ecmRingDensity: 0.95, cafDensity: 0.02 },
    seed: 1,
    hours: 150,
    lookAtHour: 48,
    card: {
      predict: 'The tumour is as visible to T cells as the inflamed one, but wrapped in 80 µm of dense stroma (green tint) with the vessels outside. What will the T cells do?',
      watch: "T cells crowd in the stroma ring and outside it but almost none touch a tumour cell; the readouts say 'excluded' and 'CD8 inside' stays near zero. Compare the tumour count in the chart with the inflamed scenario.",
      shows: 'T cells can be plentiful and still useless if they cannot reach the tumour: dense extracellular matrix keeps them out. The tumour is barely touched. Treatments that break down stroma aim at this barrier.',
      references: [KATHER_2017, SPQSP_PDAC, validation(3, 'immune phenotypes')],
    },
  },
  {
    id: 'desert',
    title: 'Immune desert (cold) tumour',
    summary: 'Tumour cells below the T-cell recognition threshold and no T-cell recruitment.',
    values: { tumorAntigenicity: 0.2, ctlRecruitmentRate: 0 },
    seed: 1,
    hours: 150,
    lookAtHour: 72,
    card: {
      predict: 'These tumour cells show almost no antigen (0.2, below the 0.3 that T cells need) and no T cells are being sent. What will the immune system do?',
      watch: "No T cells appear; only macrophages and MDSCs drift in from the vessels as the tumour grows. The readouts say 'desert' and the tumour line in the chart keeps rising.",
      shows: 'A cold tumour: nothing for T cells to see, so nothing to attack and nothing for a PD-1 blocker to release. Making such tumours visible (vaccines, radiotherapy, chemotherapy that releases antigen) comes first.',
      references: [KATHER_2017, validation(3, 'immune phenotypes')],
    },
  },
  {
    id: 'influx-low',
    title: 'Few T cells (influx ×1)',
    summary: 'Antigenic tumour, no stroma, T-cell recruitment 0.01/h per vessel (compare with “Many T cells”).',
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.01, cafDensity: 0, ecmBackground: 0 },
    seed: 1,
    hours: 300,
    lookAtHour: 200,
    card: {
      predict: 'The tumour is easy to recognise but T cells arrive slowly. Is a trickle of T cells enough? Write down a guess for the tumour size after 300 hours, then run “Many T cells”.',
      watch: 'Count the blue T cells at the tumour edge and follow the tumour line in the chart. The few T cells that come do kill, always at the edge.',
      shows: 'Too few T cells: the tumour escapes and more than doubles in 300 hours (about 1,270 → 3,100 cells). With eight times the influx (the next scenario) the same tumour shrinks to a quarter. How many T cells reach a tumour matters as much as how well they kill.',
      references: [KATHER_2017, validation(2, 'immune influx dose–response')],
    },
  },
  {
    id: 'influx-high',
    title: 'Many T cells (influx ×8)',
    summary: 'The same tumour with eight times the T-cell recruitment (0.08/h per vessel).',
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.08, cafDensity: 0, ecmBackground: 0 },
    seed: 1,
    hours: 300,
    lookAtHour: 200,
    card: {
      predict: 'Same tumour as “Few T cells”, eight times more T cells arriving. Will eight times the T cells kill eight times faster, clear the tumour, or something in between?',
      watch: 'A ring of dark-blue activated T cells forms at the tumour edge and the tumour line in the chart turns down. Watch where the kills happen: at the margin, not inside.',
      shows: 'More influx shifts the outcome from escape to control: here the tumour shrinks to about a quarter in 300 hours (1,270 → 310 cells). It is not eradicated, because T cells exhaust and the tumour keeps dividing at its rim.',
      references: [KATHER_2017, validation(2, 'immune influx dose–response')],
    },
  },
  {
    id: 'pdl1-adaptive',
    title: 'Adaptive resistance: PD-L1 on',
    summary: 'Inflamed tumour with no PD-L1 of its own; IFN-γ from T cells induces it (compare with “Adaptive resistance: PD-L1 off”).',
    values: { tumorAntigenicity: 0.9, tumorPdl1: 0, ctlRecruitmentRate: 0.03, ifnInducesPdl1: 1 },
    seed: 1,
    hours: 200,
    lookAtHour: 120,
    card: {
      predict: 'The tumour starts with no PD-L1, the brake that switches T cells off. T cells release IFN-γ when they attack. Can the tumour use the attack itself to defend itself?',
      watch: "Follow 'PD-L1+' in the readouts: it jumps from 0 % to nearly 100 % as soon as T cells reach the tumour. T cells turn grey (exhausted) here mostly before they have used their five kills. Compare the tumour line with “Adaptive resistance: PD-L1 off”.",
      shows: 'Adaptive resistance: the IFN-γ of attacking T cells makes nearby tumour cells raise PD-L1, which exhausts the T cells touching them. Here the tumour grows (about 1,270 → 1,550 cells in 200 hours) and ends clearly larger than with induction off (about 890). PD-1/PD-L1 blockers cut exactly this brake.',
      references: [SPQSP_IO, SPQSP_PDAC, validation(4, 'adaptive resistance')],
    },
  },
  {
    id: 'pdl1-no-induction',
    title: 'Adaptive resistance: PD-L1 off',
    summary: 'The same tumour with IFN-γ → PD-L1 induction turned off.',
    values: { tumorAntigenicity: 0.9, tumorPdl1: 0, ctlRecruitmentRate: 0.03, ifnInducesPdl1: 0 },
    seed: 1,
    hours: 200,
    lookAtHour: 120,
    card: {
      predict: 'Same tumour, same T cells, but IFN-γ can no longer raise PD-L1 (Tumour → “IFN-γ induces PD-L1” is off). Will the tumour be smaller or larger at 200 hours than with induction on?',
      watch: "'PD-L1+' stays at 0 %. T cells still turn grey in the end, but only after using up their five kills. Compare the tumour line with “Adaptive resistance: PD-L1 on”.",
      shows: 'Without the PD-L1 brake the same T cells control the tumour better: at 200 hours it is clearly smaller (about 890 cells against 1,550 with induction on). The difference between the two runs is what anti-PD-1 therapy can win back.',
      references: [SPQSP_IO, validation(4, 'adaptive resistance')],
    },
  },
  {
    id: 'm2-macrophages',
    title: 'M2-rich tumour (macrophages)',
    summary: 'A hypoxic tumour full of macrophages that polarise to M2 readily (tonic drift ×6, hypoxic drive ×5, M1 activation weak).',
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.1, tumorRadius: 300, vesselDensity: 0.002, macrophageDensity: 0.02, macRecruitment: 2, initialM2Fraction: 0.8, m2HypoxiaRate: 0.5, m2TonicRate: 0.05, m1Rate: 0.2 },
    seed: 1,
    hours: 200,
    lookAtHour: 120,
    card: {
      predict: "Macrophages can fight a tumour (M1, green) or help it (M2, yellow). Here they are pushed towards M2, and low oxygen pushes harder. Will the T cells still win? Then set Microenvironment → 'S, M2 macrophage' to 0, reset, and compare.",
      watch: "Yellow M2 macrophages outnumber green M1 (the readouts' M1/M2 ratio falls well below 1). Turn on the Suppressive signal overlay: it glows where M2 cells sit. Most T cells turn grey (exhausted) and the tumour holds its size.",
      shows: 'Tumour-associated macrophages of the M2 kind release suppressive signals (TGF-β, IL-10 and others, lumped as S) that exhaust T cells. Here the tumour holds at about 2,400 cells; with M2 secretion off it falls to about 1,100 by 200 hours. Reprogramming M2 to M1 is a therapy aim.',
      references: [KATHER_2017, MACROPHAGES, PHYSICELL],
    },
  },
  {
    id: 'suppressive-cells',
    title: 'Treg- and MDSC-rich tumour',
    summary: 'The inflamed tumour with four times the Tregs and ten times the MDSCs.',
    values: { ...INFLAMED, tregRecruitmentShare: 0.6, mdscRecruitment: 3 },
    seed: 1,
    hours: 150,
    lookAtHour: 100,
    card: {
      predict: 'The same hot tumour as “Inflamed (hot) tumour”, but regulatory T cells (pink) and MDSCs (purple) pour in too. T cells still get in. Will they still shrink the tumour?',
      watch: "Pink Tregs and purple MDSCs mix with the T cells at the tumour edge. CD8/Treg in the readouts falls to a few; almost every T cell turns grey (exhausted). Compare the tumour line with the inflamed scenario, which halves in the same time.",
      shows: 'Infiltration is not enough: Tregs switch off the T cells they touch, and Tregs and MDSCs release suppressive signals. Here the tumour holds or grows (by about a third in 150 hours on 128 × 128; it loses only about 15 % on 256 × 256) despite hundreds of T cells inside and around it. Depleting Tregs or MDSCs is a therapy aim.',
      references: [SPQSP_TNBC, SPQSP_IO, PHYSICELL],
    },
  },
  {
    id: 'antigen-loss',
    title: 'Antigen loss: the tumour hides',
    summary: 'Moderately antigenic tumour (0.5) whose daughters often mutate their antigen, under strong T-cell attack.',
    values: { tumorAntigenicity: 0.5, ctlRecruitmentRate: 0.3, vesselDensity: 0.006, mutationProb: 0.5, mutationShift: 0.2, antigenLossFraction: 0.5 },
    seed: 1,
    hours: 400,
    lookAtHour: 300,
    card: {
      predict: "Half of this tumour's divisions change the daughter's antigen, up or down at random. T cells kill the visible cells. What happens to the average antigenicity, and to the tumour? Then set Tumour → 'Antigen mutation' to 0, reset, and compare.",
      watch: "Follow 'antigenicity' in the readouts: it drifts down from 0.50 (to about 0.37 by 400 hours). Click tumour cells (the Inspect tool is on by default) to see clones with different antigenicity; the survivors at the edge are the dim ones.",
      shows: 'Immunoediting: T cells remove the visible clones, so the hidden ones inherit the tumour. Here it first holds, then grows back (from about 1,270 to 2,200 cells) while T cells are everywhere. Without mutation the same attack shrinks it to about 780. Tumours escape by losing antigen.',
      references: [KATHER_2017],
    },
  },
  {
    id: 'stem-hierarchy',
    title: 'Stem cells: a tumour that stalls',
    summary: 'No immune cells; 5 % stem cells divide without limit, their daughters only 5 times.',
    values: { ...NO_IMMUNE, vesselDensity: 0.006, stemHierarchy: 1, stemFraction: 0.05, proliferationCapacity: 5, stemSymmetricProb: 0.1 },
    seed: 1,
    hours: 400,
    lookAtHour: 300,
    card: {
      predict: "Only 1 in 20 cells is a stem cell that can divide for ever; the others divide at most 5 times and then die trying. Will the tumour grow for ever? Then turn Tumour → 'Stem hierarchy' off, reset, and compare.",
      watch: 'Follow the tumour line in the chart: fast growth first, then it levels off after about 200 hours. Click tumour cells to find the stem cells; most end up buried inside the tumour, with no free space to divide into.',
      shows: 'With a stem-cell hierarchy only stem cells sustain growth, and here they get crowded in by their own short-lived offspring: the tumour stalls at about 2,000 cells (with the hierarchy off it reaches about 4,900 by 400 hours). What matters is where the stem cells are, not how many cells there are.',
      references: [STEM, KATHER_2017],
    },
  },
  {
    id: 'fibrosis',
    title: 'Fibroblasts build a wall',
    summary: 'An inflamed-looking tumour in a loose stroma ring full of fibroblasts (CAFs) that lay down matrix.',
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.3, ...RIM_VESSELS, ecmRingWidth: 80, ecmRingDensity: 0.05, cafDensity: 0.15, ecmDepositRate: 0.02, sCaf: 0.03 },
    seed: 1,
    hours: 200,
    lookAtHour: 100,
    card: {
      predict: "The ring around the tumour is loose at first and T cells pass through it. Brown fibroblasts in it lay down matrix every hour. What will the readouts' phenotype say after four days? Then set Microenvironment → 'ECM deposition' to 0, reset, and compare.",
      watch: "The green stroma tint around the tumour deepens. At first T cells reach the tumour; within two days 'CD8 inside' and 'margin' stop rising while more and more T cells pile up outside the ring ('near'), and the readouts may switch from 'inflamed' to 'excluded' (at about hour 100 on 128 × 128).",
      shows: 'Cancer-associated fibroblasts build the barrier of an excluded tumour: the same tumour is first reached, then walled off, and holds its size (about 1,240 cells at 200 hours). Without deposition the T cells keep reaching it and halve it (about 640).',
      references: [KATHER_2017, SPQSP_PDAC],
    },
  },
];
