/**
 * The scenarios of the library (types and lookup in scenarios.ts). Every entry was run headless
 * (`npm run sim -- --backend cpu --preset ID --size 128`) and its card says what that run showed;
 * the numbers quoted are from that lattice (CARD_LATTICE_SIDE) and the scenario's seed, and differ
 * on other lattices and seeds. Several were also run at 256² (the page's size on a real GPU), where
 * the cards still hold (wording is hedged where they hold only qualitatively).
 * Therapy scenarios carry a dose schedule built from the clinical regimens (therapy/schedule.ts).
 */
import type { ParamOverrides } from './registry';
import type { LibraryScenario } from './scenarios';
import { REGIMEN_BY_KEY, type DoseEvent, type Schedule } from './therapy/schedule';

/** Sources, as cited in docs/model.md. */
const KATHER_2017 =
  'Kather JN et al. (2017) In silico modeling of immunotherapy and stroma-targeting therapies in human colorectal cancer. Cancer Research 77:6442';
const PHYSICELL =
  'Ghaffarizadeh A et al. (2018) PhysiCell; its cancer-immune sample and rules grammar (Johnson et al. 2025): oxygen, division, necrosis, IFN-γ, suppressive signals';
const SPQSP_IO = 'Gong C et al. (2017) spQSP-IO: PD-L1 dynamics and suppression, T-cell division';
const SPQSP_TNBC = 'Mi H et al. (2022) spQSP-TNBC: MDSCs and suppression';
const SPQSP_PDAC = 'spQSP-PDAC: stroma (ECM) porosity, hypoxic PD-L1';
const STEM = 'Poleszczuk J, Enderling H (2016): cancer stem-cell hierarchy';
const MACROPHAGES = 'Cess CG, Finley SD (2020): macrophage polarisation';
const validation = (n: number, what: string): string =>
  `This playground: docs/validation.md, scenario ${n} (${what}), over 10 seeds`;
const THERAPIES_DOC = 'This playground: docs/therapies.md (mechanism, defaults and sources of each therapy)';
const CHO_2023 = 'Cho 2023, as cited in model.md §5: radiotherapy (linear-quadratic survival), anti-CTLA-4';
const HAL = 'HAL competitive-release model, as cited in model.md §5: chemotherapy and resistant clones';
const NANO = 'Islam 2017; Owen 2011, as cited in model.md §3, §5: nanoparticle delivery through leaky tumour vessels';
const VACCINE = 'Kim & Lee 2012 and Kather LB, as cited in model.md §5: vaccines and T-cell priming';

/** A regimen of the schedule module, from hour `start`. */
const regimen = (key: string, start: number): DoseEvent[] => REGIMEN_BY_KEY.get(key)!.events(start);
/** `count` doses of `therapy` every `every` hours from `start`. */
const doses = (therapy: DoseEvent['therapy'], start: number, every: number, count: number, dose = 1): DoseEvent => ({
  therapy,
  start,
  every,
  count,
  dose,
});
const schedule = (...events: DoseEvent[][]): Schedule => events.flat();

/** No immune or stromal cells at all. */
const NO_IMMUNE: ParamOverrides = {
  ctlRecruitmentRate: 0,
  mdscRecruitment: 0,
  macRecruitment: 0,
  macrophageDensity: 0,
  cafDensity: 0,
};
const INFLAMED: ParamOverrides = {
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.3,
  vesselLayout: 0,
  vesselDensity: 0.006,
  ecmRingWidth: 0,
  ecmBackground: 0,
  cafDensity: 0.001,
};
/** Vessels in a ring 150 µm outside the tumour, none inside. */
const RIM_VESSELS: ParamOverrides = { vesselLayout: 3, vesselDensity: 0.02, rimVesselDistance: 150 };
const EXCLUDED: ParamOverrides = {
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.3,
  ...RIM_VESSELS,
  ecmRingWidth: 80,
  ecmRingDensity: 0.95,
  cafDensity: 0.02,
};
const DESERT: ParamOverrides = { tumorAntigenicity: 0.2, ctlRecruitmentRate: 0 };
const ADAPTIVE: ParamOverrides = { tumorAntigenicity: 0.9, tumorPdl1: 0, ctlRecruitmentRate: 0.03, ifnInducesPdl1: 1 };
const M2_RICH: ParamOverrides = {
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.1,
  tumorRadius: 300,
  vesselDensity: 0.002,
  macrophageDensity: 0.02,
  macRecruitment: 2,
  initialM2Fraction: 0.8,
  m2HypoxiaRate: 0.5,
  m2TonicRate: 0.05,
  m1Rate: 0.2,
};
const SUPPRESSIVE: ParamOverrides = { ...INFLAMED, tregRecruitmentShare: 0.6, mdscRecruitment: 3 };
const INFLUX_LOW: ParamOverrides = {
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.01,
  cafDensity: 0,
  ecmBackground: 0,
};
/** Half the tumour of a drug-resistant clone, no immune cells (model.md §7 scenario 6). */
const RESISTANT_HALF: ParamOverrides = { ...NO_IMMUNE, resistantFraction: 0.5 };
/** Therapy starts on day 1, once the T cells have arrived. */
const DAY1 = 24;

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
      predict:
        'There are no immune cells here: the tumour only needs oxygen, which seeps out of the red blood vessels. Will every tumour cell keep dividing? Where do cells die first?',
      watch:
        "Set View → Field overlay to Oxygen. Cells more than about 100 µm from a vessel run short; within two to three days dark necrotic debris fills the centre while the orange rim keeps dividing. Follow 'necrotic' and 'hypoxic' in the readouts box.",
      shows:
        'Tissue that consumes oxygen uses it up within about 100 µm of a vessel, so a solid tumour outgrows its supply: a living rim around a dead core. Only the rim grows, so the tumour grows far more slowly than its cells could divide. (Real tumours grow new vessels; this model does not.)',
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
      predict:
        'This tumour is easy for T cells to recognise (antigenicity 0.9) and vessels bring many of them. Will they clear it? Where does the fight happen?',
      watch:
        "Light-blue T cells leave the vessels and climb the chemokine trail to the tumour; touching it they turn dark blue (activated) and kill. The IFN-γ overlay shows where they act. The readouts say 'inflamed'. Over the days more T cells turn grey (exhausted).",
      shows:
        'A hot tumour: T cells get in and kill, mostly at its edge. It shrinks (to about half in six days here) but is not cleared: each T cell kills at most five times, and the IFN-γ it releases raises PD-L1 on the tumour, which exhausts T cells. This is the kind of tumour in which PD-1 blockers work best.',
      references: [KATHER_2017, SPQSP_IO, validation(3, 'immune phenotypes')],
    },
  },
  {
    id: 'excluded',
    title: 'Immune-excluded tumour',
    summary: 'Antigenic tumour in a dense stroma ring laid by fibroblasts, vessels only outside it.',
    values: EXCLUDED,
    seed: 1,
    hours: 150,
    lookAtHour: 48,
    card: {
      predict:
        'The tumour is as visible to T cells as the inflamed one, but wrapped in 80 µm of dense stroma (green tint) with the vessels outside. What will the T cells do?',
      watch:
        "T cells crowd in the stroma ring and outside it but almost none touch a tumour cell; the readouts say 'excluded' and 'CD8 inside' stays near zero. Compare the tumour count in the chart with the inflamed scenario.",
      shows:
        'T cells can be plentiful and still useless if they cannot reach the tumour: dense extracellular matrix keeps them out. The tumour is barely touched. Treatments that break down stroma aim at this barrier.',
      references: [KATHER_2017, SPQSP_PDAC, validation(3, 'immune phenotypes')],
    },
  },
  {
    id: 'desert',
    title: 'Immune desert (cold) tumour',
    summary: 'Tumour cells below the T-cell recognition threshold and no T-cell recruitment.',
    values: DESERT,
    seed: 1,
    hours: 150,
    lookAtHour: 72,
    card: {
      predict:
        'These tumour cells show almost no antigen (0.2, below the 0.3 that T cells need) and no T cells are being sent. What will the immune system do?',
      watch:
        "No T cells appear; only macrophages and MDSCs drift in from the vessels as the tumour grows. The readouts say 'desert' and the tumour line in the chart keeps rising.",
      shows:
        'A cold tumour: nothing for T cells to see, so nothing to attack and nothing for a PD-1 blocker to release. Making such tumours visible (vaccines, radiotherapy, chemotherapy that releases antigen) comes first.',
      references: [KATHER_2017, validation(3, 'immune phenotypes')],
    },
  },
  {
    id: 'influx-low',
    title: 'Few T cells (influx ×1)',
    summary: 'Antigenic tumour, no stroma, T-cell recruitment 0.01/h per vessel (compare with “Many T cells”).',
    values: INFLUX_LOW,
    seed: 1,
    hours: 300,
    lookAtHour: 200,
    card: {
      predict:
        'The tumour is easy to recognise but T cells arrive slowly. Is a trickle of T cells enough? Write down a guess for the tumour size after 300 hours, then run “Many T cells”.',
      watch:
        'Count the blue T cells at the tumour edge and follow the tumour line in the chart. The few T cells that come do kill, always at the edge.',
      shows:
        'Too few T cells: the tumour escapes and more than doubles in 300 hours (about 1,270 → 3,100 cells). With eight times the influx (the next scenario) the same tumour shrinks to a quarter. How many T cells reach a tumour matters as much as how well they kill.',
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
      predict:
        'Same tumour as “Few T cells”, eight times more T cells arriving. Will eight times the T cells kill eight times faster, clear the tumour, or something in between?',
      watch:
        'A ring of dark-blue activated T cells forms at the tumour edge and the tumour line in the chart turns down. Watch where the kills happen: at the margin, not inside.',
      shows:
        'More influx shifts the outcome from escape to control: here the tumour shrinks to about a quarter in 300 hours (1,270 → 310 cells). It is not eradicated, because T cells exhaust and the tumour keeps dividing at its rim.',
      references: [KATHER_2017, validation(2, 'immune influx dose–response')],
    },
  },
  {
    id: 'pdl1-adaptive',
    title: 'Adaptive resistance: PD-L1 on',
    summary:
      'Inflamed tumour with no PD-L1 of its own; IFN-γ from T cells induces it (compare with “Adaptive resistance: PD-L1 off”).',
    values: ADAPTIVE,
    seed: 1,
    hours: 200,
    lookAtHour: 120,
    card: {
      predict:
        'The tumour starts with no PD-L1, the brake that switches T cells off. T cells release IFN-γ when they attack. Can the tumour use the attack itself to defend itself?',
      watch:
        "Follow 'PD-L1+' in the readouts: it jumps from 0 % to nearly 100 % as soon as T cells reach the tumour. T cells turn grey (exhausted) here mostly before they have used their five kills. Compare the tumour line with “Adaptive resistance: PD-L1 off”.",
      shows:
        'Adaptive resistance: the IFN-γ of attacking T cells makes nearby tumour cells raise PD-L1, which exhausts the T cells touching them. Here the tumour grows (about 1,270 → 1,550 cells in 200 hours) and ends clearly larger than with induction off (about 890). PD-1/PD-L1 blockers cut exactly this brake.',
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
      predict:
        'Same tumour, same T cells, but IFN-γ can no longer raise PD-L1 (Tumour → “IFN-γ induces PD-L1” is off). Will the tumour be smaller or larger at 200 hours than with induction on?',
      watch:
        "'PD-L1+' stays at 0 %. T cells still turn grey in the end, but only after using up their five kills. Compare the tumour line with “Adaptive resistance: PD-L1 on”.",
      shows:
        'Without the PD-L1 brake the same T cells control the tumour better: at 200 hours it is clearly smaller (about 890 cells against 1,550 with induction on). The difference between the two runs is what anti-PD-1 therapy can win back.',
      references: [SPQSP_IO, validation(4, 'adaptive resistance')],
    },
  },
  {
    id: 'm2-macrophages',
    title: 'M2-rich tumour (macrophages)',
    summary:
      'A hypoxic tumour full of macrophages that polarise to M2 readily (tonic drift ×6, hypoxic drive ×5, M1 activation weak).',
    values: M2_RICH,
    seed: 1,
    hours: 200,
    lookAtHour: 120,
    card: {
      predict:
        "Macrophages can fight a tumour (M1, green) or help it (M2, yellow). Here they are pushed towards M2, and low oxygen pushes harder. Will the T cells still win? Then set Microenvironment → 'S, M2 macrophage' to 0, reset, and compare.",
      watch:
        "Yellow M2 macrophages outnumber green M1 (the readouts' M1/M2 ratio falls well below 1). Turn on the Suppressive signal overlay: it glows where M2 cells sit. Most T cells turn grey (exhausted) and the tumour holds its size.",
      shows:
        'Tumour-associated macrophages of the M2 kind release suppressive signals (TGF-β, IL-10 and others, lumped as S) that exhaust T cells. Here the tumour holds at about 2,400 cells; with M2 secretion off it falls to about 1,100 by 200 hours. Reprogramming M2 to M1 is a therapy aim.',
      references: [KATHER_2017, MACROPHAGES, PHYSICELL],
    },
  },
  {
    id: 'suppressive-cells',
    title: 'Treg- and MDSC-rich tumour',
    summary: 'The inflamed tumour with four times the Tregs and ten times the MDSCs.',
    values: SUPPRESSIVE,
    seed: 1,
    hours: 150,
    lookAtHour: 100,
    card: {
      predict:
        'The same hot tumour as “Inflamed (hot) tumour”, but regulatory T cells (pink) and MDSCs (purple) pour in too. T cells still get in. Will they still shrink the tumour?',
      watch:
        'Pink Tregs and purple MDSCs mix with the T cells at the tumour edge. CD8/Treg in the readouts falls to a few; almost every T cell turns grey (exhausted). Compare the tumour line with the inflamed scenario, which halves in the same time.',
      shows:
        'Infiltration is not enough: Tregs switch off the T cells they touch, and Tregs and MDSCs release suppressive signals. Here the tumour holds or grows (by about a third in 150 hours on 128 × 128; it loses only about 15 % on 256 × 256) despite hundreds of T cells inside and around it. Depleting Tregs or MDSCs is a therapy aim.',
      references: [SPQSP_TNBC, SPQSP_IO, PHYSICELL],
    },
  },
  {
    id: 'antigen-loss',
    title: 'Antigen loss: the tumour hides',
    summary:
      'Moderately antigenic tumour (0.5) whose daughters often mutate their antigen, under strong T-cell attack.',
    values: {
      tumorAntigenicity: 0.5,
      ctlRecruitmentRate: 0.3,
      vesselDensity: 0.006,
      mutationProb: 0.5,
      mutationShift: 0.2,
      antigenLossFraction: 0.5,
    },
    seed: 1,
    hours: 400,
    lookAtHour: 300,
    card: {
      predict:
        "Half of this tumour's divisions change the daughter's antigen, up or down at random. T cells kill the visible cells. What happens to the average antigenicity, and to the tumour? Then set Tumour → 'Antigen mutation' to 0, reset, and compare.",
      watch:
        "Follow 'antigenicity' in the readouts: it drifts down from 0.50 (to about 0.37 by 400 hours). Click tumour cells (the Inspect tool is on by default) to see clones with different antigenicity; the survivors at the edge are the dim ones.",
      shows:
        'Immunoediting: T cells remove the visible clones, so the hidden ones inherit the tumour. Here it first holds, then grows back (from about 1,270 to 2,200 cells) while T cells are everywhere. Without mutation the same attack shrinks it to about 780. Tumours escape by losing antigen.',
      references: [KATHER_2017],
    },
  },
  {
    id: 'stem-hierarchy',
    title: 'Stem cells: a tumour that stalls',
    summary: 'No immune cells; 5 % stem cells divide without limit, their daughters only 5 times.',
    values: {
      ...NO_IMMUNE,
      vesselDensity: 0.006,
      stemHierarchy: 1,
      stemFraction: 0.05,
      proliferationCapacity: 5,
      stemSymmetricProb: 0.1,
    },
    seed: 1,
    hours: 400,
    lookAtHour: 300,
    card: {
      predict:
        "Only 1 in 20 cells is a stem cell that can divide for ever; the others divide at most 5 times and then die trying. Will the tumour grow for ever? Then turn Tumour → 'Stem hierarchy' off, reset, and compare.",
      watch:
        'Follow the tumour line in the chart: fast growth first, then it levels off after about 200 hours. Click tumour cells to find the stem cells; most end up buried inside the tumour, with no free space to divide into.',
      shows:
        'With a stem-cell hierarchy only stem cells sustain growth, and here they get crowded in by their own short-lived offspring: the tumour stalls at about 2,000 cells (with the hierarchy off it reaches about 4,900 by 400 hours). What matters is where the stem cells are, not how many cells there are.',
      references: [STEM, KATHER_2017],
    },
  },
  {
    id: 'fibrosis',
    title: 'Fibroblasts build a wall',
    summary: 'An inflamed-looking tumour in a loose stroma ring full of fibroblasts (CAFs) that lay down matrix.',
    values: {
      tumorAntigenicity: 0.9,
      ctlRecruitmentRate: 0.3,
      ...RIM_VESSELS,
      ecmRingWidth: 80,
      ecmRingDensity: 0.05,
      cafDensity: 0.15,
      ecmDepositRate: 0.02,
      sCaf: 0.03,
    },
    seed: 1,
    hours: 200,
    lookAtHour: 100,
    card: {
      predict:
        "The ring around the tumour is loose at first and T cells pass through it. Brown fibroblasts in it lay down matrix every hour. What will the readouts' phenotype say after four days? Then set Microenvironment → 'ECM deposition' to 0, reset, and compare.",
      watch:
        "The green stroma tint around the tumour deepens. At first T cells reach the tumour; within two days 'CD8 inside' and 'margin' stop rising while more and more T cells pile up outside the ring ('near'), and the readouts may switch from 'inflamed' to 'excluded' (at about hour 100 on 128 × 128).",
      shows:
        'Cancer-associated fibroblasts build the barrier of an excluded tumour: the same tumour is first reached, then walled off, and holds its size (about 1,240 cells at 200 hours). Without deposition the T cells keep reaching it and halve it (about 640).',
      references: [KATHER_2017, SPQSP_PDAC],
    },
  },
  // Therapies (model.md §5; docs/therapies.md). Each schedule starts on day 1 unless said otherwise.
  {
    id: 'inflamed-anti-pd1',
    title: 'Inflamed tumour + anti-PD-1',
    summary: 'The inflamed tumour with anti-PD-1 every 2 weeks from day 1 (compare with “Inflamed (hot) tumour”).',
    values: INFLAMED,
    seed: 1,
    numbersAt: 96,
    hours: 150,
    lookAtHour: 120,
    schedule: regimen('pd1q2w', DAY1),
    card: {
      predict:
        'Untreated, this hot tumour halves and then stalls as T cells exhaust. Anti-PD-1 blocks the PD-1 brake on the T cells. What will change: more T cells, or better T cells?',
      watch:
        "The timeline under the chart shows anti-PD-1 occupancy jumping to about 0.95 on day 1 and staying high. Fewer T cells turn grey (exhausted) and the tumour line keeps falling; the readouts box shows the response since day 1. Run “Inflamed (hot) tumour” or press 'Compare with untreated' in the Therapies folder to see both side by side.",
      shows:
        'Checkpoint blockade works where T cells are already in contact with the tumour and held back by PD-L1: the same T cells keep killing longer, and exhausted ones can recover. The tumour shrinks far more than untreated (to about 0.2 of its size in 100 hours, against 0.7).',
      references: [SPQSP_IO, KATHER_2017, validation(3, 'anti-PD-1 by immune phenotype'), THERAPIES_DOC],
    },
  },
  {
    id: 'desert-anti-pd1',
    title: 'Immune desert + anti-PD-1',
    summary: 'The cold tumour with anti-PD-1 every 2 weeks from day 1.',
    values: DESERT,
    seed: 1,
    numbersAt: 96,
    hours: 150,
    lookAtHour: 120,
    schedule: regimen('pd1q2w', DAY1),
    card: {
      predict:
        'The drug is the same as for the inflamed tumour and its occupancy is just as high. Will this tumour respond?',
      watch:
        'Occupancy on the timeline is high, yet no T cell ever appears and the tumour line rises exactly as in “Immune desert (cold) tumour”. The response in the readouts box turns progressive.',
      shows:
        'Anti-PD-1 releases a brake; it cannot make T cells that are not there or let them see a tumour below their recognition threshold. Cold tumours need something that brings T cells in first (vaccines, radiotherapy, chemotherapy that releases antigen).',
      references: [SPQSP_IO, validation(3, 'anti-PD-1 by immune phenotype'), THERAPIES_DOC],
    },
  },
  {
    id: 'excluded-stroma',
    title: 'Excluded tumour + stroma targeting',
    summary:
      'The stroma-wrapped tumour with a stroma-degrading agent daily for 10 days and anti-PD-1, both from day 1.',
    values: EXCLUDED,
    seed: 1,
    numbersAt: 96,
    hours: 200,
    lookAtHour: 120,
    schedule: schedule([doses('stroma', DAY1, 24, 10)], regimen('pd1q2w', DAY1)),
    card: {
      predict:
        'Anti-PD-1 alone does almost nothing here: the T cells are stuck in the stroma ring. What if a drug thins the stroma first?',
      watch:
        "The green stroma tint around the tumour fades over the first days; T cells start to touch the tumour ('CD8 inside' and 'margin' rise, the label may change from excluded to inflamed) and the tumour line turns down. Remove the stroma event (× in the dose list) and reset to see anti-PD-1 alone.",
      shows:
        'Breaking the physical barrier turns an excluded tumour into one T cells can reach, and only then does checkpoint blockade pay off — the rationale for combining stroma-targeting agents with immunotherapy (Kather 2017). Here the tumour falls from about 1,240 to about 10 cells in 200 hours.',
      references: [KATHER_2017, SPQSP_PDAC, THERAPIES_DOC],
    },
  },
  {
    id: 'radiotherapy-anti-pd1',
    title: 'Radiotherapy + anti-PD-1',
    summary: 'A tumour with IFN-γ-induced PD-L1 given 5 × 2 Gy (days 2–6) and anti-PD-1 every 2 weeks.',
    values: ADAPTIVE,
    seed: 1,
    numbersAt: 96,
    hours: 240,
    lookAtHour: 160,
    schedule: regimen('rtPd1', 48),
    card: {
      predict:
        'Radiation kills tumour cells but also the T cells in the field. Dying tumour cells release antigen that primes new T cells. Will radiation help or hurt the immune attack?',
      watch:
        'During the five fractions tumour cells turn grey-brown (doomed) and die over the next days; the readouts show lymphocytes lost and priming rising. After radiation the tumour keeps shrinking under anti-PD-1. Try removing the anti-PD-1 event, or the radiation, and compare.',
      shows:
        'Radiotherapy debulks the tumour and its immunogenic cell death boosts priming, while anti-PD-1 keeps the T cells that arrive from being switched off by PD-L1. The cost shows too: lymphocytes in the field are killed (SF 0.39 at 2 Gy). Here the tumour falls from about 1,420 to 580 cells by hour 240; untreated it grows to about 1,770 by hour 200.',
      references: [CHO_2023, SPQSP_IO, validation(5, 'radiotherapy survival'), THERAPIES_DOC],
    },
  },
  {
    id: 'm2-reprogramming',
    title: 'M2-rich tumour + macrophage reprogramming',
    summary:
      'The M2-rich tumour with a reprogramming agent (CSF1R inhibitor / TLR or CD40 agonist) daily for 10 days from day 1.',
    values: M2_RICH,
    seed: 1,
    numbersAt: 96,
    hours: 200,
    lookAtHour: 120,
    schedule: schedule([doses('reprogram', DAY1, 24, 10)]),
    card: {
      predict:
        'In “M2-rich tumour” yellow M2 macrophages suppress the T cells and the tumour holds its size. What happens if a drug turns them green (M1)?',
      watch:
        'Yellow M2 cells turn green within a day; the M1/M2 ratio in the readouts jumps above 1; the suppressive-signal overlay dims; fewer T cells turn grey. When the agent stops (day 11) the macrophages drift back towards M2.',
      shows:
        'Re-educating tumour-associated macrophages removes a source of suppression and adds M1 killing and IFN-γ, so T cells work longer. The effect lasts only while the agent does, as the tumour keeps pushing macrophages back to M2. Here M1 outnumber M2 (about 320 to 175 at hour 200) and the tumour shrinks slowly (2,470 → 2,280 cells) rather than holding — a modest effect on its own.',
      references: [KATHER_2017, MACROPHAGES, THERAPIES_DOC],
    },
  },
  {
    id: 'treg-mdsc-depletion',
    title: 'Suppressive tumour + Treg and MDSC depletion',
    summary: 'The Treg- and MDSC-rich tumour with anti-CD25 and an MDSC inhibitor weekly from day 1 (3 doses each).',
    values: SUPPRESSIVE,
    seed: 1,
    numbersAt: 96,
    hours: 200,
    lookAtHour: 120,
    schedule: schedule([doses('tregDepletion', DAY1, 168, 3), doses('mdscInhibition', DAY1, 168, 3)]),
    card: {
      predict:
        'Regulatory T cells (pink) and MDSCs (purple) exhaust the killer T cells in “Suppressive cells”. What if each dose removes most of them and keeps new ones out for days?',
      watch:
        'At each dose most pink and purple cells vanish at once; between doses they come back slowly (recruitment is held down while the drug lasts). The CD8/Treg ratio in the readouts climbs and fewer T cells turn grey.',
      shows:
        'Depleting suppressive cells frees the T cells already there. Their return between doses shows why schedules matter: the depleting drugs act at the dose, and the tumour keeps recruiting new suppressors. Here the tumour falls from about 1,275 to 610 cells by hour 200.',
      references: [SPQSP_TNBC, THERAPIES_DOC],
    },
  },
  {
    id: 'chemo-constant',
    title: 'Chemotherapy, constant: competitive release',
    summary:
      'Half the tumour is a drug-resistant clone (light orange); constant infusion for 4 weeks from day 1; no immune cells.',
    values: RESISTANT_HALF,
    seed: 1,
    numbersAt: 96,
    hours: 400,
    lookAtHour: 300,
    schedule: regimen('chemoConstant', DAY1),
    card: {
      predict:
        'The drug kills dividing sensitive cells (dark orange) and spares resistant ones (light orange), which divide a little slower. Given constantly, what will the tumour look like in two weeks?',
      watch:
        "Turn on the Drug overlay: it is high near vessels and falls with distance. Dark-orange cells near vessels die as they try to divide; light-orange resistant cells fill the gaps. Follow 'Drug-resistant' in the readouts box.",
      shows:
        'Competitive release: killing the sensitive competitors frees space and oxygen for the resistant clone, which takes over (more than 80 % of the tumour here) — the tumour comes back resistant. Compare with “Chemotherapy, pulsed”.',
      references: [HAL, validation(6, 'chemotherapy and competitive release'), THERAPIES_DOC],
    },
  },
  {
    id: 'chemo-pulsed',
    title: 'Chemotherapy, pulsed: delaying resistance',
    summary: 'The same half-resistant tumour given a weekly bolus for 4 weeks instead of a constant infusion.',
    values: RESISTANT_HALF,
    seed: 1,
    numbersAt: 96,
    hours: 400,
    lookAtHour: 300,
    schedule: regimen('chemoPulsed', DAY1),
    card: {
      predict:
        'The same drug in weekly pulses: high for a day, then gone. More sensitive cells survive. Is that worse or better in the long run?',
      watch:
        "The timeline shows the plasma spikes; the Drug overlay flashes after each. Between pulses sensitive cells grow back and keep competing with the resistant clone; the 'Drug-resistant' share stays well below the constant-infusion run.",
      shows:
        'Keeping sensitive cells alive keeps the resistant clone in check (they compete for space and oxygen): resistant dominance is delayed, the idea behind adaptive therapy. The price is a tumour that is not debulked.',
      references: [HAL, validation(6, 'chemotherapy and competitive release'), THERAPIES_DOC],
    },
  },
  {
    id: 'free-drug',
    title: 'Free drug in a hot tumour (toxicity)',
    summary:
      'The inflamed tumour given free chemotherapy weekly (3 bolus doses from day 1): compare with “Nanoparticle chemotherapy”.',
    values: INFLAMED,
    seed: 1,
    numbersAt: 96,
    hours: 200,
    lookAtHour: 150,
    schedule: schedule([doses('chemo', DAY1, 168, 3)]),
    card: {
      predict:
        'Free drug reaches every vessel, in the tumour and outside it. What does it do to the T cells that are dividing to fight the tumour?',
      watch:
        "Read 'Lymphocytes lost' and the drug exposure at the tumour and in plasma in the readouts box after each dose; the Drug overlay lights up around every vessel.",
      shows:
        'Free chemotherapy is systemic: the same plasma level that reaches the tumour reaches healthy tissue, and it kills proliferating T cells (lymphodepletion). Here, by hour 150: 650 tumour cells left and 38 lymphocytes lost. Note the numbers, then load “Nanoparticle chemotherapy”.',
      references: [NANO, HAL, THERAPIES_DOC],
    },
  },
  {
    id: 'nanoparticle',
    title: 'Nanoparticle chemotherapy (less toxicity)',
    summary:
      'The same tumour given the drug in nanoparticles weekly (3 doses from day 1): they leave the blood only at leaky tumour vessels.',
    values: INFLAMED,
    seed: 1,
    numbersAt: 96,
    hours: 200,
    lookAtHour: 150,
    schedule: schedule([doses('nanoparticle', DAY1, 168, 3)]),
    card: {
      predict:
        'Nanoparticles leave the blood only where tumour vessels are leaky, bind tumour cells and release the drug inside them. Compared with free drug, what happens to the tumour, and to the T cells?',
      watch:
        "Turn on the Nanoparticle overlay: it glows only near the tumour's vessels. Compare 'Lymphocytes lost', drug at the tumour and in plasma in the readouts box with “Free drug in a hot tumour”.",
      shows:
        'Targeted delivery: comparable drug exposure at the tumour with far less in plasma, so fewer T cells are lost and the immune attack goes on — the promise of nanomedicine (with only 5 % of the payload leaking into plasma here). By hour 150: 350 tumour cells left and 5 lymphocytes lost, against 650 and 38 with free drug.',
      references: [NANO, THERAPIES_DOC],
    },
  },
  {
    id: 'vaccine-timing',
    title: 'Cancer vaccine: timing',
    summary: 'An antigenic tumour with few T cells arriving, vaccinated on day 1 with boosts on days 15 and 29.',
    values: INFLUX_LOW,
    seed: 1,
    numbersAt: 96,
    hours: 300,
    lookAtHour: 200,
    schedule: regimen('vaccinePrimeBoost', DAY1),
    card: {
      predict:
        'A vaccine primes more T cells against the tumour for a week or two after each dose. Is it better to vaccinate early, while the tumour is small, or later?',
      watch:
        "The timeline shows each dose's effect; priming in the readouts rises and more T cells arrive; compare the tumour line with “Few T cells”. Then edit the vaccine event (Therapies folder) to start on day 7 (hour 168), reset, and compare again.",
      shows:
        'Vaccination raises T-cell influx for a while after each dose; early doses meet a smaller tumour that the extra T cells can control, while late ones face a tumour that has grown — timing matters as much as dose (Kim & Lee 2012). Here, at hour 300, the vaccinated tumour has about 2,340 cells against 3,040 unvaccinated.',
      references: [VACCINE, KATHER_2017, THERAPIES_DOC],
    },
  },
];
