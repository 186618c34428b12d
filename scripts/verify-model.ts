// `npm run verify:model`: model-checks test/model/*.pml with SPIN (docs/verification.md).
// Installs spin from Debian if missing, runs every model exhaustively within its bounds, and
// checks that each documented mutation still yields a counterexample. Exits 1 on any error.
// The last line of output is one JSON object: states explored per model and per run.
import { ensureSpin, MUTATIONS, runModel, VERIFICATION_RUNS, type RunResult } from "../test/model/spin.ts"

type RunSummary = {
  properties: string[]
  bounds: string
  states: number
  transitions: number
  depth: number
  errors: number
  seconds: number
}
type ModelSummary = { states: number; errors: number; runs: Record<string, RunSummary> }
type MutationSummary = { counterexample: boolean; violation: string | null; states: number; seconds: number }

const log = (line: string): void => console.error(line)
const started = performance.now()
const failures: string[] = []
const models: Record<string, ModelSummary> = {}
const mutations: Record<string, MutationSummary> = {}

ensureSpin(log)

for (const run of VERIFICATION_RUNS) {
  const result: RunResult = runModel(run)
  log(`${run.model}/${run.name}: ${result.states} states, ${result.errors} errors, ${result.seconds} s`)
  if (result.errors !== 0) failures.push(`${run.model}/${run.name}: ${result.violation ?? "error"}\n${result.output}`)
  const model = (models[run.model] ??= { states: 0, errors: 0, runs: {} })
  model.states += result.states
  model.errors += result.errors
  model.runs[run.name] = {
    properties: run.properties,
    bounds: run.bounds,
    states: result.states,
    transitions: result.transitions,
    depth: result.depth,
    errors: result.errors,
    seconds: result.seconds,
  }
}

for (const mutation of MUTATIONS) {
  const { run } = mutation
  const result = runModel(run)
  const found = result.errors > 0 && result.trail && mutation.expectViolation.test(result.violation ?? "")
  log(`${run.model}/${run.name}: ${found ? "counterexample" : "NO COUNTEREXAMPLE"} (${result.violation ?? "no error"})`)
  if (!found) failures.push(`${run.model}/${run.name}: the mutation (${mutation.description}) went unnoticed`)
  mutations[`${run.model}/${run.name}`] = {
    counterexample: found,
    violation: result.violation,
    states: result.states,
    seconds: result.seconds,
  }
}

for (const failure of failures) log(`FAIL ${failure}`)
const seconds = Math.round((performance.now() - started) / 100) / 10
console.log(JSON.stringify({ ...models, mutations, ok: failures.length === 0, seconds }))
process.exitCode = failures.length === 0 ? 0 : 1
