/**
 * `medmesh devnet --once` end to end: four node processes, the whole story, then every child
 * gone. Steps whose features have not landed must say "not available yet" (never pass silently)
 * and make the exit status nonzero; every other step must pass. Also: SIGTERM in the middle of
 * the story stops every node, and a folder not made by the devnet is refused.
 */
import assert from "node:assert/strict"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { MedmeshProcess, ROOT, runMedmesh } from "../helpers/process.ts"
import { makeTempDir, removeDir } from "../helpers/tmp.ts"

type Outcome = { id: string; status: "ok" | "failed" | "not-available" | "skipped"; error?: string; ms: number }
type Summary = { ok: boolean; seconds: number; steps: Outcome[]; nodes: { org: string; dataDir: string }[] }

/** ids, names and birth dates of the sample patients (to check logs never carry them) */
function samplePatients(): { id: string; given: string; family: string; birthDate: string }[] {
  const dir = join(ROOT, "sample-data", "fhir", "synthea")
  return readdirSync(dir)
    .filter((f) => f.includes("_"))
    .map((f) => {
      const bundle = JSON.parse(readFileSync(join(dir, f), "utf8")) as { entry: { resource: { resourceType: string; id: string; birthDate: string; name: { given: string[]; family: string }[] } }[] }
      const p = bundle.entry.find((e) => e.resource.resourceType === "Patient")!.resource
      return { id: p.id, given: p.name[0].given[0], family: p.name[0].family, birthDate: p.birthDate }
    })
}

/** pids of processes whose command line mentions `needle` (Linux /proc) */
function processesMentioning(needle: string): number[] {
  const out: number[] = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ")
      if (cmd.includes(needle) && Number(entry) !== process.pid) out.push(Number(entry))
    } catch {
      // exited meanwhile
    }
  }
  return out
}

async function noneLeft(needle: string, timeoutMs = 5000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const left = processesMentioning(needle)
    if (left.length === 0 || Date.now() > deadline) return left
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe("medmesh devnet", function () {
  this.timeout(180_000)
  let dir: string | undefined

  afterEach(async () => {
    if (dir !== undefined) {
      for (const pid of processesMentioning(dir)) {
        try {
          process.kill(pid, "SIGKILL")
        } catch {
          // gone
        }
      }
      removeDir(dir)
      dir = undefined
    }
  })

  it("--once tells the whole story within 120 s: every step passes, exit 0, no process left", async () => {
    dir = makeTempDir("medmesh-devnet-")
    const started = Date.now()
    const r = await runMedmesh(["devnet", "--once", "--json", "--dir", join(dir, "net")], { timeoutMs: 170_000 })
    const seconds = (Date.now() - started) / 1000
    const jsonStart = r.stdout.indexOf("{")
    assert.ok(jsonStart >= 0, `devnet printed no JSON summary; stderr:\n${r.stderr.slice(-2000)}`)
    const summary = JSON.parse(r.stdout.slice(jsonStart)) as Summary
    const ids = summary.steps.map((s) => s.id)
    assert.deepEqual(ids, ["import", "start", "enrol", "consent", "query", "break-glass", "audit", "vote", "train"], "the story's steps")
    for (const s of summary.steps) {
      assert.ok(s.status === "ok" || s.status === "not-available", `step ${s.id}: ${s.status} ${s.error ?? ""}`)
      if (s.status === "not-available") assert.match(s.error ?? "", /^not available yet: /, `step ${s.id} says what is missing`)
    }
    // every feature of the story has landed: every step must pass
    for (const id of ids) {
      assert.equal(summary.steps.find((s) => s.id === id)?.status, "ok", `step ${id} passes`)
    }
    const allOk = summary.steps.every((s) => s.status === "ok")
    assert.equal(summary.ok, allOk)
    assert.equal(r.code === 0, allOk, `exit status ${r.code} must be 0 exactly when every step passed`)
    if (!allOk) assert.match(r.stderr, /medmesh: devnet story: \d+ of 9 steps did not pass/)
    assert.ok(seconds <= 120, `the story took ${seconds.toFixed(1)} s (limit 120 s)`)
    assert.deepEqual(await noneLeft(dir), [], "no node process outlives the devnet")
    // the nodes' JSON logs hold no patient data: no patient id, name or birth date of the sample data
    const patients = samplePatients()
    for (const n of summary.nodes) {
      const log = readFileSync(join(n.dataDir, "node.log"), "utf8")
      const lines = log.split("\n").filter((l) => l.startsWith("{"))
      assert.ok(lines.length > 5, `${n.org} logged JSON lines`)
      for (const p of patients) for (const needle of [p.id, p.given, p.family, p.birthDate]) assert.ok(!log.includes(needle), `${n.org}'s log mentions a patient (${needle.length} chars)`)
    }
  })

  it("without --once it keeps running after the story; Ctrl-C (SIGINT) stops every node cleanly, exit 0", async () => {
    dir = makeTempDir("medmesh-devnet-")
    const p = new MedmeshProcess(["devnet", "--steps", "start", "--dir", join(dir, "net")])
    try {
      const deadline = Date.now() + 60_000
      while (!/keeps running/.test(p.stdout)) {
        if (!p.running) throw new Error(`devnet exited early: ${p.stderr}`)
        if (Date.now() > deadline) throw new Error(`story did not finish: ${p.stdout}`)
        await new Promise((res) => setTimeout(res, 100))
      }
      await new Promise((res) => setTimeout(res, 1000))
      assert.ok(p.running, "still running after the story")
      const r = await p.stop("SIGINT", 20_000)
      assert.equal(r.signal, null, "exits by itself")
      assert.equal(r.code, 0, r.stderr)
      assert.deepEqual(await noneLeft(dir), [], "no node process is left")
      for (const org of ["charite-de", "hcl-fr", "clinic-es", "amc-nl"]) assert.match(readFileSync(join(dir, "net", org, "node.log"), "utf8"), /"msg":"node stopped"/, `${org} stopped cleanly`)
    } finally {
      await p.stop("SIGKILL", 1000)
    }
  })

  it("SIGTERM in the middle of the story stops every node and exits", async () => {
    dir = makeTempDir("medmesh-devnet-")
    const p = new MedmeshProcess(["devnet", "--dir", join(dir, "net")])
    try {
      const deadline = Date.now() + 60_000
      while (!/\[3\/9\]/.test(p.stdout)) {
        if (!p.running) throw new Error(`devnet exited early: ${p.stderr}`)
        if (Date.now() > deadline) throw new Error(`story did not reach step 3: ${p.stdout}`)
        await new Promise((res) => setTimeout(res, 100))
      }
      assert.ok(processesMentioning(join(dir, "net")).length >= 4, "four node processes run")
      const r = await p.stop("SIGTERM", 20_000)
      assert.equal(r.signal, null, "the devnet exits by itself, not by the kill fallback")
      assert.notEqual(r.code, 0, "a story cut short is not a success")
      assert.match(r.stderr, /every node stopped/)
      assert.deepEqual(await noneLeft(dir), [], "no node process is left")
      for (const org of ["charite-de", "hcl-fr", "clinic-es", "amc-nl"]) {
        const log = readFileSync(join(dir, "net", org, "node.log"), "utf8")
        assert.match(log, /"msg":"node stopped"/, `${org} stopped cleanly (not killed after the grace period)`)
      }
    } finally {
      await p.stop("SIGKILL", 1000)
    }
  })

  it("runs again in the folder of an earlier run (rebuilt), and refuses one whose devnet still runs", async () => {
    dir = makeTempDir("medmesh-devnet-")
    const net = join(dir, "net")
    const first = await runMedmesh(["devnet", "--once", "--steps", "start", "--dir", net], { timeoutMs: 90_000 })
    assert.equal(first.code, 0, first.stderr)
    const running = new MedmeshProcess(["devnet", "--steps", "start", "--dir", net])
    try {
      const deadline = Date.now() + 60_000
      while (!/\nstory: /.test(running.stdout)) {
        if (!running.running) throw new Error(`second run exited: ${running.stderr}`)
        if (Date.now() > deadline) throw new Error(`second run not up: ${running.stdout}`)
        await new Promise((res) => setTimeout(res, 100))
      }
      const third = await runMedmesh(["devnet", "--once", "--dir", net])
      assert.equal(third.code, 3, third.stderr)
      assert.match(third.stderr, /a devnet is already running in .* \(pid \d+\)/)
    } finally {
      await running.stop("SIGTERM", 20_000)
    }
    assert.deepEqual(await noneLeft(dir), [])
  })

  it("a failing step fails the run (exit 1, the step named) and still stops every node", async () => {
    dir = makeTempDir("medmesh-devnet-")
    // audit without the enrolment before it cannot pass
    const r = await runMedmesh(["devnet", "--once", "--steps", "audit", "--dir", join(dir, "net")], { timeoutMs: 90_000 })
    assert.equal(r.code, 1, r.stderr)
    assert.match(r.stdout, /✘ needs an earlier step: enrolment/)
    assert.match(r.stderr, /^medmesh: devnet story: 1 of 3 steps did not pass \(audit: needs an earlier step: enrolment\)$/m)
    assert.deepEqual(await noneLeft(dir), [], "no node process is left")
  })

  it("refuses a folder it did not make, changing nothing in it", async () => {
    dir = makeTempDir("medmesh-devnet-")
    const target = join(dir, "precious")
    mkdirSync(target)
    writeFileSync(join(target, "notes.txt"), "keep me")
    const r = await runMedmesh(["devnet", "--once", "--dir", target])
    assert.equal(r.code, 3, r.stderr)
    assert.equal(r.stderr.trim().split("\n").length, 1, `one line: ${r.stderr}`)
    assert.match(r.stderr, /was not made by medmesh devnet/)
    assert.deepEqual(readdirSync(target), ["notes.txt"])
    assert.equal(readFileSync(join(target, "notes.txt"), "utf8"), "keep me")
  })
})
