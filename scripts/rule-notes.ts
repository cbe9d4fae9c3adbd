/**
 * The notes behind the section "Where each rule lives" of docs/architecture.md (rule-table.ts
 * writes it): each rule of the model, the plan step that runs it, the names of its WGSL and CPU-twin
 * functions, the lookup tables and parameters it reads and the tests that hold it. Where each
 * function lives is looked up from the pass table, not written here.
 */
import type { HourRule } from '../src/model/hour-plan';
import type { LutName } from '../src/model/luts';
import type { ParamKey } from '../src/model/registry';

export interface RuleNote {
  /** The rule in words, as a reader would look for it. */
  readonly rule: string;
  /** The step of the hour plan that runs it. */
  readonly step: HourRule;
  readonly wgsl: string;
  readonly twin: string;
  readonly luts: readonly LutName[];
  readonly params: readonly ParamKey[];
  readonly tests: readonly string[];
}

const UNIT = 'tests/unit/';
const GPU = 'tests/gpu/';
const RULE_GROUPS = `${GPU}gpu-twin-rule-groups.test.ts`;
const THERAPIES = `${GPU}gpu-twin-therapies.test.ts`;

export const RULE_NOTES: readonly RuleNote[] = [
  {
    rule: 'Fields relax towards diffusion, decay, uptake and secretion (red-black SOR)',
    step: 'fieldSweep',
    wgsl: 'main',
    twin: 'fieldSweep',
    luts: ['LUT_KAPPA', 'LUT_SIGMA'],
    params: [
      'o2Diffusion',
      'o2Decay',
      'o2UptakeTumor',
      'o2UptakeImmune',
      'chemokineTumor',
      'ifnCtl',
      'sM2',
      'sorOmega',
    ],
    tests: [`${UNIT}field-solver.test.ts`, `${GPU}gpu-twin-bit-exact.test.ts`],
  },
  {
    rule: 'Vessels hold O2 and the drug at their plasma level, leaky vessels the nanoparticles',
    step: 'fieldSweep',
    wgsl: 'heldAt',
    twin: 'heldAt',
    luts: [],
    params: ['o2Vessel', 'nanoLeak'],
    tests: [`${UNIT}field-solver.test.ts`, THERAPIES],
  },
  {
    rule: 'A tumour cell dies by apoptosis, or by necrosis where oxygen is low',
    step: 'cellFate',
    wgsl: 'tumourFate',
    twin: 'tumourFate',
    luts: ['LUT_NECROSIS'],
    params: ['tumorApoptosisRate', 'necrosisRate', 'necrosisO2Half'],
    tests: [`${UNIT}twin-rules.test.ts`, RULE_GROUPS],
  },
  {
    rule: "A tumour cell's PD-L1 follows IFN-γ and hypoxia (adaptive resistance)",
    step: 'cellFate',
    wgsl: 'tumourFate',
    twin: 'tumourFate',
    luts: ['LUT_PDL1_TARGET'],
    params: ['tumorPdl1', 'ifnInducesPdl1', 'pdl1IfnHalf', 'hypoxiaPdl1Factor', 'pdl1DecayRate'],
    tests: [`${UNIT}twin-rules-tme.test.ts`, RULE_GROUPS],
  },
  {
    rule: 'Radiotherapy dooms tumour cells in its field; a doomed cell dies some hours later',
    step: 'cellFate',
    wgsl: 'tumourFate',
    twin: 'tumourFate',
    luts: [],
    params: ['rtAlphaTumor', 'rtBetaTumor', 'rtOer', 'rtDoomMin', 'rtDoomMax'],
    tests: [THERAPIES],
  },
  {
    rule: 'Chemotherapy or a nanoparticle payload kills a sensitive tumour cell entering division',
    step: 'cellFate',
    wgsl: 'chemoKills',
    twin: 'chemoKills',
    luts: ['LUT_DIVISION', 'LUT_CHEMO_TUMOR', 'LUT_NANO_TUMOR'],
    params: ['chemoKill', 'nanoPotency', 'resistantGrowth'],
    tests: [THERAPIES],
  },
  {
    rule: 'Necrotic debris is cleared, faster next to macrophages',
    step: 'cellFate',
    wgsl: 'main',
    twin: 'cellFate',
    luts: ['LUT_CLEARANCE'],
    params: ['necroticClearanceRate', 'phagocytosisRate'],
    tests: [RULE_GROUPS],
  },
  {
    rule: 'A CTL dies; an exhausted one may leave a stroma patch (fibrosis)',
    step: 'cellFate',
    wgsl: 'ctlFate',
    twin: 'ctlFate',
    luts: [],
    params: ['ctlDeathRate', 'fibrosisProb'],
    tests: [RULE_GROUPS, `${UNIT}twin-soak.test.ts`],
  },
  {
    rule: 'A CTL becomes exhausted by PD-L1 around it, by Tregs, or by the suppressive signal S',
    step: 'cellFate',
    wgsl: 'ctlFate',
    twin: 'ctlFate',
    luts: ['LUT_EXHAUST_PDL1', 'LUT_EXHAUST_TREG', 'LUT_EXHAUST_S'],
    params: ['exhaustionPdl1Rate', 'pdl1SuppressionHalf', 'exhaustionTregRate', 'exhaustionSRate', 'exhaustionSHalf'],
    tests: [RULE_GROUPS, `${UNIT}twin-invariants.test.ts`],
  },
  {
    rule: 'Checkpoint blockade reinvigorates an exhausted CTL',
    step: 'cellFate',
    wgsl: 'ctlFate',
    twin: 'ctlFate',
    luts: [],
    params: ['reinvigoration', 'reinvigorationRate', 'pd1Ec50', 'pdl1AbEc50'],
    tests: [THERAPIES],
  },
  {
    rule: 'Radiation and the drug kill lymphocytes and cycling immune cells (toxicity)',
    step: 'cellFate',
    wgsl: 'immuneHit',
    twin: 'immuneHit',
    luts: ['LUT_CHEMO_LYMPH'],
    params: ['rtAlphaLymph', 'rtBetaLymph', 'chemoLymphoKill'],
    tests: [THERAPIES],
  },
  {
    rule: 'Tregs and MDSCs die, or are removed by depletion therapy',
    step: 'cellFate',
    wgsl: 'suppressorFate',
    twin: 'suppressorFate',
    luts: [],
    params: ['tregDeathRate', 'mdscDeathRate', 'tregDepletionProb', 'mdscDepletionProb', 'ctla4TregDepletion'],
    tests: [THERAPIES],
  },
  {
    rule: 'A macrophage polarises: M1 by debris and IFN-γ, M2 under hypoxia, M2 back to M0; reprogramming makes it M1',
    step: 'cellFate',
    wgsl: 'macrophageFate',
    twin: 'macrophageFate',
    luts: ['LUT_M1', 'LUT_M2'],
    params: ['m1Rate', 'm1IfnHalf', 'm2HypoxiaRate', 'm2TonicRate', 'm2ToM0Rate', 'macDeathRate', 'reprogramRate'],
    tests: [RULE_GROUPS, THERAPIES],
  },
  {
    rule: 'Fibroblasts lay ECM on the sites around them; stroma targeting thins it',
    step: 'cellFate',
    wgsl: 'siteEcm',
    twin: 'siteEcm',
    luts: ['LUT_ECM_WHOLE', 'LUT_ECM_FRACTION'],
    params: ['ecmDepositRate', 'stromaDegradation'],
    tests: [RULE_GROUPS, `${UNIT}twin-soak.test.ts`],
  },
  {
    rule: 'A tumour cell divides into a free neighbour as O2 allows (a spent non-stem cell dies trying) or migrates; ECM slows it',
    step: 'hourIntent',
    wgsl: 'tumourIntent',
    twin: 'tumourIntent',
    luts: ['LUT_DIVISION', 'LUT_ECM_TUMOR'],
    params: ['tumorDoublingTime', 'divisionO2Half', 'tumorMigrationRate', 'tumorEcmBlock', 'stemHierarchy'],
    tests: [`${UNIT}twin-rules.test.ts`, `${UNIT}twin-rules-tme.test.ts`],
  },
  {
    rule: 'A vessel recruits a CTL (by priming and chemokine), a Treg (by chemokine), an MDSC or a macrophage (by burden)',
    step: 'hourIntent',
    wgsl: 'vesselIntent',
    twin: 'vesselIntent',
    luts: ['LUT_RECRUIT_CTL', 'LUT_RECRUIT_TREG', 'LUT_RECRUIT_MDSC', 'LUT_RECRUIT_MAC'],
    params: ['ctlRecruitmentRate', 'recruitChemokineHalf', 'tregRecruitmentShare', 'mdscRecruitment', 'macRecruitment'],
    tests: [
      `${UNIT}twin-rules.test.ts`,
      `${UNIT}twin-recruitment-stops-without-chemokine.test.ts`,
      `${UNIT}twin-rules-tme.test.ts`,
    ],
  },
  {
    rule: 'An activated CTL divides, slowed by S',
    step: 'hourIntent',
    wgsl: 'ctlIntent',
    twin: 'ctlIntent',
    luts: ['LUT_CTL_DIVIDE'],
    params: ['ctlDivisionTime', 'ctlDivisions', 'suppressionSHalf'],
    tests: [RULE_GROUPS, `${UNIT}twin-invariants.test.ts`],
  },
  {
    rule: 'A CTL kills a tumour cell it touches: a(antigen)·(1 − PD-L1 suppression)·m_S',
    step: 'immuneIntent',
    wgsl: 'killIntent',
    twin: 'killIntent',
    luts: ['LUT_ANTIGEN_DRIVE', 'LUT_PDL1_PERMIT', 'LUT_S_PERMIT', 'LUT_KILL'],
    params: ['ctlKillRate', 'ctlActivationAntigen', 'pdl1SuppressionHalf', 'suppressionSHalf'],
    tests: [`${UNIT}twin-kill-removes-tumour-cell.test.ts`, `${UNIT}twin-rules.test.ts`, RULE_GROUPS],
  },
  {
    rule: 'An M1 macrophage kills a tumour cell it touches (slowly)',
    step: 'immuneIntent',
    wgsl: 'intentAt',
    twin: 'immuneIntent',
    luts: [],
    params: ['m1KillRate'],
    tests: [RULE_GROUPS],
  },
  {
    rule: 'Immune cells move up the chemokine gradient, with noise, into free sites their ECM lets them enter',
    step: 'immuneIntent',
    wgsl: 'moveIntent',
    twin: 'moveIntent',
    luts: ['LUT_MOVE', 'LUT_RANDOM_WEIGHT', 'LUT_ECM_IMMUNE'],
    params: ['ctlMoveProb', 'macMoveProb', 'ctlRandomWeight', 'ctlEcmBlock'],
    tests: [`${UNIT}twin-rules-tme.test.ts`, RULE_GROUPS],
  },
  {
    rule: 'A free site takes its winning claimant: a mover, a daughter or a recruit (highest priority, then k)',
    step: 'resolve',
    wgsl: 'claim',
    twin: 'claim',
    luts: [],
    params: [],
    tests: [`${UNIT}twin-invariants.test.ts`, `${UNIT}twin-soak.test.ts`],
  },
  {
    rule: 'A tumour daughter gets its stem fate, proliferation capacity and maybe a mutated antigenicity',
    step: 'resolve',
    wgsl: 'tumourDaughter',
    twin: 'tumourDaughter',
    luts: [],
    params: ['stemSymmetricProb', 'proliferationCapacity', 'mutationProb', 'antigenLossFraction', 'mutationShift'],
    tests: [`${UNIT}twin-rules-tme.test.ts`, RULE_GROUPS],
  },
  {
    rule: 'A CTL that kills spends a kill, is engaged and secretes IFN-γ; with none left it is exhausted',
    step: 'resolve',
    wgsl: 'afterKill',
    twin: 'afterKill',
    luts: [],
    params: ['ctlKillCapacity', 'ctlEngagementTime', 'ifnSecretionTime'],
    tests: [`${UNIT}twin-invariants.test.ts`],
  },
  {
    rule: 'An effector CTL touching a tumour cell it recognises activates',
    step: 'resolve',
    wgsl: 'activate',
    twin: 'activate',
    luts: [],
    params: ['ctlActivationAntigen', 'ctlDivisions', 'ifnSecretionTime'],
    tests: [`${UNIT}twin-rules.test.ts`],
  },
  {
    rule: 'The census counts cells by type and state, and CD8 and Treg cells inside, at the margin of or near the tumour',
    step: 'census',
    wgsl: 'tallySite',
    twin: 'census',
    luts: [],
    params: ['hypoxiaO2'],
    tests: [`${UNIT}twin-invariants.test.ts`, `${UNIT}twin-soak.test.ts`],
  },
  {
    rule: 'Immunogenic deaths feed the antigen pool, which sets the priming level; burden per vessel drives MDSC and macrophage recruitment',
    step: 'systemic',
    wgsl: 'main',
    twin: 'updateSystemic',
    luts: [],
    params: [
      'primingMax',
      'primingHalfDeaths',
      'antigenMemoryTime',
      'mdscHypoxiaWeight',
      'ctla4Priming',
      'vaccinePriming',
    ],
    tests: [`${UNIT}twin-rules-tme.test.ts`, `${UNIT}twin-soak.test.ts`],
  },
];
