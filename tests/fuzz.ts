/**
 * `npm run test:fuzz [-- SEED]`: every fast-check property with a random seed (or the one given) and many
 * more runs. The seed is printed first and again on failure, so any failure can be replayed.
 */
import { spawnSync } from 'node:child_process';

const given = process.argv[2];
const seed = given === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(given);
if (!Number.isSafeInteger(seed)) {
  console.error(`test:fuzz: the seed must be an integer, not "${given}"`);
  process.exit(2);
}
console.log(`Fuzzing with seed ${seed}`);
const files = spawnSync('grep', ['-rlE', 'fc\\.(assert|check)\\(', 'tests/unit', 'tests/components'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
const run = spawnSync('npx', ['vitest', 'run', ...files], { stdio: 'inherit', env: { ...process.env, STANCE_FUZZ_SEED: String(seed) } });
if (run.status !== 0) console.error(`\nA property failed with seed ${seed}. Replay it with: npm run test:fuzz -- ${seed}`);
process.exit(run.status ?? 1);
