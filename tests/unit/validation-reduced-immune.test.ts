/** Reduced validation scenarios 3–6 (tests/helpers/validation.ts): phenotypes, adaptive resistance and the therapies. */
import { describe } from 'vitest';
import { REDUCED_FILES, reducedScenarioTests } from '../helpers/validation';

describe('validation scenarios, reduced: phenotypes, resistance and therapies', () =>
  reducedScenarioTests(REDUCED_FILES.immune));
