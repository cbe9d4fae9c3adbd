/** A child process of `npm run validate`: runs one (scenario, arm, seed) at a time on the CPU twin. */
import { SCENARIOS } from '../check/validation/scenarios';
import { runOne } from '../check/validation/run';

process.on('message', (job: { scenario: string; arm: number; seed: number }) => {
  const scenario = SCENARIOS.find((s) => s.id === job.scenario)!;
  void runOne(scenario, job.arm, job.seed).then((measures) => process.send!({ ...job, measures }));
});
