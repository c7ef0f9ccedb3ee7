/**
 * How fast-check properties run. In `npm test` every property uses one fixed seed, so a run never fails at
 * random; `npm run test:fuzz` sets STANCE_FUZZ_SEED to a fresh seed and asks for many more runs.
 */
const fuzzSeed = process.env.STANCE_FUZZ_SEED;

export const FIXED_SEED = 20250226;
export const FUZZ_RUNS_FACTOR = 20;
export const propertySeed = fuzzSeed ? Number(fuzzSeed) : FIXED_SEED;

/** The number of runs a property asks for, scaled up when fuzzing. */
export function runs(numRuns: number): number {
  return fuzzSeed ? numRuns * FUZZ_RUNS_FACTOR : numRuns;
}
