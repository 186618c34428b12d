/**
 * The devnet story as a list of steps. Each step does the real operation — import into a data
 * dir, start processes, HTTP calls to the nodes (the same endpoints the CLI uses) — checks the
 * outcome, and tells what happened through `say`. A step throws when it fails; NotAvailableError marks a
 * feature this build does not have yet.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { fromHex, toHex } from "../../common/bytes.ts"
import { signWith } from "../../common/crypto/keys.ts"
import { decodeCredential } from "../../protocol/wire/codec.ts"
import { common } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { generatePersonKey, type ClinicianIdentity, type PersonKey } from "../credentials/index.ts"
import { buildConsent, signPersonTx } from "../patients/index.ts"
import { verifyAuditTrail, type AuditTrailJson } from "../patients/audit.ts"
import { importPath } from "../records/import/index.ts"
import { ApiClientError, getJson, postJson, queryRecordsViaApi } from "../records/requesterClient.ts"
import { importTableViaApi, modelViaApi, signJobProposal, submitJobViaApi, trainingJobFromJson, waitForJobViaApi } from "../federated/client.ts"
import { predictCsv } from "../federated/model.ts"
import { Db } from "../storage/db.ts"
import { STORE_DIR } from "../node.ts"
import { DEVNET_CHAIN_ID, Devnet, health, NotAvailableError, type DevnetNode } from "./devnet.ts"
import { CLINICIAN_HOSPITAL, STORY_PATIENT } from "./hospitals.ts"
import { STORY_STEP_IDS } from "./steps.ts"
import { loadStoryParts, SAMPLE_DATA_DIR, stageHospitalData, tabularShareCsv, WDBC_FEATURES } from "./sample.ts"

export type StoryState = {
  devnet: Devnet
  patient?: PersonKey
  pseudonym?: Uint8Array
  consentId?: string
  clinician?: ClinicianIdentity
  clinicianOrg?: string
  /** every access the story made, to check the audit trail against */
  accesses: number
  breakGlassAccesses: number
  /** the highest commit height of those accesses' events (each committed at its own holder) */
  lastAccessHeight?: number
}

export type StoryStep = {
  id: string
  title: string
  /** the rest of the story cannot run without this step */
  critical?: boolean
  /** does the step's work; `say` shows a line as soon as it is known (no patient data) */
  run: (s: StoryState, say: (line: string) => void) => Promise<void>
}

const TREATMENT = common.Purpose.PURPOSE_TREATMENT
const EMERGENCY = common.Purpose.PURPOSE_EMERGENCY

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`needs an earlier step: ${what}`)
  return v
}

function holders(s: StoryState): DevnetNode[] {
  return s.devnet.genesisNodes.filter((n) => n.hospital.storyPart !== undefined)
}

function pad(text: string, n: number): string {
  return text.length >= n ? text : text + " ".repeat(n - text.length)
}

async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await check().catch(() => undefined)
    if (v !== undefined) return v
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** A 404 "no route" from a node means the endpoint is not in this build. */
function missingRoute(err: unknown): boolean {
  return err instanceof ApiClientError && err.type.status === 404 && /no route/.test(err.message)
}

async function ledgerHeight(n: DevnetNode): Promise<number> {
  return (await getJson<{ height: number }>(n.apiUrl, "/v1/ledger/status", 3000)).height
}

/** A tx committed through one node reaches the others with their next block: wait until `nodes` have height `h`. */
async function reachHeight(nodes: DevnetNode[], h: number): Promise<void> {
  await waitFor(`${nodes.map((n) => n.hospital.org).join(", ")} to reach height ${h}`, 30_000, async () => ((await Promise.all(nodes.map(ledgerHeight))).every((x) => x >= h) ? true : undefined))
}

function noteAccesses(s: StoryState, answers: readonly { receipt?: { height: number } }[]): void {
  s.accesses += answers.length
  s.lastAccessHeight = Math.max(s.lastAccessHeight ?? 0, ...answers.map((a) => a.receipt?.height ?? 0))
}

export const STORY: StoryStep[] = [
  {
    id: "import",
    title: "Four hospitals import their records (FHIR R4 bundles from Synthea)",
    critical: true,
    run: async (s, say) => {
      const parts = await loadStoryParts()
      const staging = join(s.devnet.dir, "staging")
      for (const n of s.devnet.genesisNodes) {
        const staged = await stageHospitalData(staging, n.hospital, parts)
        const share = await tabularShareCsv(n.hospital.tabular.part, n.hospital.tabular.of)
        await writeFile(await tablesFile(n), share.csv)
        const rows = share.rows
        const db = await Db.open(join(n.dataDir, STORE_DIR))
        let summary
        try {
          summary = await importPath(db, staged.dir)
        } finally {
          await db.close()
        }
        if (summary.rejected.length > 0) throw new Error(`${n.hospital.org}: ${summary.rejected.length} files refused: ${summary.rejected[0].reason}`)
        const total = Object.values(summary.resources).reduce((a, b) => a + b, 0)
        say(
          `${pad(n.hospital.org, 14)} ${n.hospital.country}  ${summary.patients} patients, ${total} resources${staged.storyEntries !== undefined ? ` (incl. part ${(n.hospital.storyPart ?? 0) + 1}/3 of ${STORY_PATIENT.displayName}'s history)` : ""}; ${rows} WDBC rows for training`,
        )
      }
      await rm(staging, { recursive: true, force: true })
      say(`same as: medmesh import <folder> --data-dir <hospital dir>`)
    },
  },
  {
    id: "start",
    title: "The hospitals start as four separate node processes and form the consortium",
    critical: true,
    run: async (s, say) => {
      const nodes = s.devnet.genesisNodes
      await s.devnet.startNodes(nodes)
      await waitFor("every node connected to the other three and the ledger committing", 30_000, async () => {
        const hs = await Promise.all(nodes.map((n) => health(n)))
        return hs.every((h) => h?.status === "ok" && (h.peers?.connected ?? 0) >= nodes.length - 1 && (h.ledger?.height ?? 0) >= 1) ? true : undefined
      })
      for (const n of nodes) {
        const h = await health(n)
        say(`${pad(n.hospital.org, 14)} pid ${pad(String(n.process.pid), 7)} api ${n.apiUrl}  p2p 127.0.0.1:${n.p2pPort}  peers ${h?.peers?.connected ?? "?"}/${h?.peers?.members ?? "?"}  ledger height ${h?.ledger?.height ?? "?"}`)
      }
      say(`chain ${DEVNET_CHAIN_ID}: Tendermint BFT among 4 validators (tolerates 1 faulty)`)
    },
  },
  {
    id: "enrol",
    title: `${STORY_PATIENT.displayName} enrols with her own key at the three hospitals that hold her records`,
    run: async (s, say) => {
      const patient = generatePersonKey("ed25519")
      const patientKey = { type: "ed25519", key: toHex(patient.publicKey) }
      let pseudonym: Uint8Array | undefined
      for (const n of holders(s)) {
        let prep: { signBytes: string; issuedAt: number; pseudonym: string }
        try {
          prep = await postJson(n.apiUrl, "/v1/patients/enrol/prepare", { patientId: STORY_PATIENT.patientId, patientKey })
        } catch (err) {
          if (missingRoute(err)) throw new NotAvailableError("patient enrolment (POST /v1/patients/enrol)")
          throw err
        }
        const signature = signWith(patient.keyType, patient.secretKey, fromHex("signBytes", prep.signBytes))
        const r = await postJson<{ height?: number; txHash?: string }>(n.apiUrl, "/v1/patients/enrol", { patientId: STORY_PATIENT.patientId, custodial: false, patientKey, issuedAt: prep.issuedAt, signature: toHex(signature) })
        if (pseudonym === undefined) say(`pseudonym ${prep.pseudonym.slice(0, 16)}… — the ledger knows her only by this`)
        pseudonym = fromHex("pseudonym", prep.pseudonym, 32)
        say(`${pad(n.hospital.org, 14)} linked its local record to her pseudonym (statement signed by her key${r.height !== undefined ? `, ledger height ${r.height}` : ""})`)
      }
      s.patient = patient
      s.pseudonym = need(pseudonym, "a holder")
    },
  },
  {
    id: "consent",
    title: "She consents: clinicians anywhere in the consortium may see her records for treatment",
    run: async (s, say) => {
      const patient = need(s.patient, "enrolment")
      const pseudonym = need(s.pseudonym, "enrolment")
      const tx = signPersonTx(DEVNET_CHAIN_ID, patient, { consentGrant: { consent: buildConsent(pseudonym, { decision: "permit", purposes: ["treatment"] }) } })
      const n = s.devnet.genesisNodes[0]
      const r = await postJson<{ txHash: string; height: number }>(n.apiUrl, "/v1/txs?wait=commit&timeoutMs=30000", { txBase64: Buffer.from(tx).toString("base64") })
      s.consentId = r.txHash
      // every holder decides at its own ledger head: the query step needs them all past the grant
      await reachHeight(s.devnet.genesisNodes, r.height)
      const view = await getJson<{ consents: unknown[] }>(s.devnet.genesisNodes[2].apiUrl, `/v1/consents/${toHex(pseudonym)}`)
      say(`consent ${r.txHash.slice(0, 16)}… signed by her key, committed at height ${r.height}`)
      say(`every member sees it: ${s.devnet.genesisNodes[2].hospital.org} lists ${view.consents.length} consent(s) for her pseudonym`)
    },
  },
  {
    id: "query",
    title: "A clinician in Amsterdam fetches her record from the hospitals that hold it",
    run: async (s, say) => {
      const pseudonym = need(s.pseudonym, "enrolment")
      const abroad = s.devnet.genesisNodes[CLINICIAN_HOSPITAL]
      const key = generatePersonKey("ed25519")
      const issued = await postJson<{ hash: string; credential: string }>(abroad.apiUrl, "/v1/credentials", { subject: { type: "ed25519", key: toHex(key.publicKey) }, department: "emergency", role: "clinician", country: abroad.hospital.country, notBefore: Date.now() - 60_000 })
      s.clinician = { ...key, credential: decodeCredential(fromHex("credential", issued.credential)) as medmesh.common.v1.ICredential }
      s.clinicianOrg = abroad.hospital.org
      const r = await queryRecordsViaApi(abroad.apiUrl, DEVNET_CHAIN_ID, s.clinician, { pseudonym, categories: [], purpose: TREATMENT })
      noteAccesses(s, r.answers)
      say(`credential ${issued.hash.slice(0, 16)}… issued by ${abroad.hospital.org} (role clinician, ${abroad.hospital.country}); the DHT names ${r.holders.length} holders`)
      for (const a of r.answers) {
        const count = a.bundle?.entry?.length ?? 0
        say(`${pad(a.holderOrg, 14)} ${a.status === "ok" ? "granted" : a.status} (${a.reason})  ${count} resources  access event committed at height ${a.receipt?.height ?? "?"} before release`)
      }
      const bad = r.answers.filter((a) => a.status !== "ok")
      if (bad.length > 0) throw new Error(`${bad.length} holder(s) did not release: ${bad.map((a) => `${a.holderOrg} ${a.status} ${a.error ?? a.reason}`).join("; ")}`)
      const expected = holders(s).map((n) => n.hospital.org).sort()
      const got = r.answers.map((a) => a.holderOrg).sort()
      if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`answers from ${got.join(", ")}, expected ${expected.join(", ")}`)
      say(`merged record: ${r.record.entry.length} entries with per-hospital provenance, in ${Math.round(r.elapsedMs)} ms`)
    },
  },
  {
    id: "break-glass",
    title: "Emergency: her consent does not cover it, so the clinician breaks the glass",
    run: async (s, say) => {
      const pseudonym = need(s.pseudonym, "enrolment")
      const clinician = need(s.clinician, "a clinician credential")
      const abroad = s.devnet.genesisNodes[CLINICIAN_HOSPITAL]
      const r = await queryRecordsViaApi(abroad.apiUrl, DEVNET_CHAIN_ID, clinician, { pseudonym, categories: ["AllergyIntolerance", "Condition", "Immunization"], purpose: EMERGENCY, breakGlassReason: "unconscious on arrival, allergies and conditions needed" })
      noteAccesses(s, r.answers)
      s.breakGlassAccesses += r.answers.filter((a) => a.reason === "BREAK_GLASS").length
      for (const a of r.answers) say(`${pad(a.holderOrg, 14)} ${a.status === "ok" ? "released" : a.status} — ${a.reason}${a.reason === "BREAK_GLASS" ? "  ⚑ flagged in her audit trail" : ""}`)
      const bad = r.answers.filter((a) => a.status !== "ok" || a.reason !== "BREAK_GLASS")
      if (bad.length > 0) throw new Error(`expected break-glass releases, got ${bad.map((a) => `${a.holderOrg} ${a.status} ${a.error ?? a.reason}`).join("; ")}`)
    },
  },
  {
    id: "audit",
    title: "She reads her audit trail and verifies every entry offline against the member keys",
    run: async (s, say) => {
      const pseudonym = need(s.pseudonym, "enrolment")
      const n = s.devnet.genesisNodes[1]
      // the access events were committed at their holders; this node lists them once it has those blocks
      await reachHeight([n], s.lastAccessHeight ?? 0)
      const trail = await getJson<AuditTrailJson>(n.apiUrl, `/v1/audit/${toHex(pseudonym)}`)
      const memberKeys = s.devnet.genesisNodes.map((x) => fromHex("nodeKey", x.member.nodeKey, 32))
      const verified = verifyAuditTrail(trail, { trustedKeys: memberKeys, pseudonym })
      trail.entries.forEach((e, i) => say(`h${pad(String(e.height), 5)} ${pad(e.who.org, 10)} ${e.where.country} → ${pad(e.where.holder, 12)} ${pad(e.why.purpose, 10)} ${pad(e.decision, 11)}${e.breakGlass ? " ⚑ BREAK-GLASS" : ""}  ${verified[i]?.verified === true ? "proof ok" : `PROOF FAILED: ${verified[i]?.error ?? "?"}`}`))
      const failed = verified.filter((v) => !v.verified)
      if (failed.length > 0) throw new Error(`${failed.length} of ${verified.length} entries did not verify`)
      if (trail.entries.length < s.accesses) throw new Error(`${trail.entries.length} entries, but the story made ${s.accesses} accesses`)
      const flagged = trail.entries.filter((e) => e.breakGlass).length
      if (flagged < s.breakGlassAccesses || flagged === 0) throw new Error(`${flagged} break-glass entries, expected ${s.breakGlassAccesses}`)
      say(`${verified.length}/${verified.length} inclusion proofs verified offline (Merkle path + ≥ 2/3 of the 4 member signatures); ${flagged} break-glass entries flagged`)
    },
  },
  {
    id: "vote",
    title: "A fifth hospital (Karolinska, Sweden) is admitted by vote and joins the network",
    run: async (s, say) => {
      const [proposer, ...voters] = s.devnet.genesisNodes
      const candidate = await s.devnet.initCandidate()
      let proposal: { proposalId: string; height: number; proposal: { effectiveHeight: number; status: string } }
      try {
        proposal = await postJson(proposer.apiUrl, "/v1/proposals", { kind: "add", member: candidate.member, effectiveInBlocks: 20 })
      } catch (err) {
        if (missingRoute(err)) throw new NotAvailableError("member proposals (POST /v1/proposals)")
        throw err
      }
      say(`${proposer.hospital.org} proposes ${candidate.hospital.org} (tx ${proposal.proposalId.slice(0, 16)}…, effective at height ${proposal.proposal.effectiveHeight}); its vote counts as approval`)
      let status = proposal.proposal.status
      for (const v of voters) {
        if (status !== "pending") break
        // a vote is checked against the voter's own committed state: wait until it has the proposal
        await waitFor(`${v.hospital.org} to see the proposal`, 10_000, async () => ((await getJson<{ proposal?: unknown }>(v.apiUrl, `/v1/proposals/${proposal.proposalId}`, 3000)).proposal !== undefined ? true : undefined))
        const r = await postJson<{ height: number; proposal: { status: string; approvals: string[] } }>(v.apiUrl, "/v1/votes", { proposal: proposal.proposalId, approve: true })
        status = r.proposal.status
        say(`${pad(v.hospital.org, 14)} votes yes at height ${r.height} → ${r.proposal.approvals.length}/4 approvals, ${status}`)
      }
      if (status !== "approved") throw new Error(`proposal is ${status}, expected approved`)
      const members = await waitFor(`the admission to take effect at height ${proposal.proposal.effectiveHeight}`, 30_000, async () => {
        const m = await getJson<{ members: { org: string }[]; validators: number }>(voters[0].apiUrl, "/v1/members", 3000)
        return m.members.some((x) => x.org === candidate.hospital.org) ? m : undefined
      })
      say(`the ledger now lists ${members.members.length} members: ${members.members.map((m) => m.org).join(", ")}`)
      // the new member's node starts and must join consensus and catch up with the chain
      candidate.process.start()
      const tip = await ledgerHeight(proposer)
      try {
        await waitFor(`${candidate.hospital.org} to join and sync`, 20_000, async () => {
          const h = await health(candidate)
          return h?.status === "ok" && h.member === true && (h.peers?.connected ?? 0) >= 1 && (h.ledger?.height ?? 0) >= tip ? true : undefined
        })
      } catch {
        if (!candidate.process.running) throw new Error(`${candidate.hospital.org} exited: ${candidate.process.lastOutput().split("\n").pop() ?? ""} (log: ${candidate.process.info.logFile})`)
        const h = await health(candidate)
        throw new NotAvailableError(
          `a member admitted by vote joining the running network — ${candidate.hospital.org} started (${h === undefined ? "no answer" : `status ${h.status}, ${h.peers?.connected ?? 0} peers, ledger ${h.ledger === undefined ? "not running: node/ledger takes its member set from the consortium file only" : `height ${h.ledger.height}/${tip}`}`})`,
        )
      }
      const st = await waitFor(`${candidate.hospital.org} to validate new blocks`, 15_000, async () => {
        const x = await getJson<{ height: number; validator: boolean; validators: number }>(candidate.apiUrl, "/v1/ledger/status", 3000)
        return x.validator && x.validators === 5 && x.height > tip ? x : undefined
      })
      say(`${candidate.hospital.org} started, connected, synced from genesis and validates: height ${st.height}, ${st.validators} validators (tolerates 1 faulty)`)
    },
  },
  {
    id: "train",
    title: "A researcher's federated training job runs a few rounds; the data stays in each hospital",
    run: async (s, say) => {
      const nodes = s.devnet.genesisNodes
      const [home] = nodes
      for (const n of nodes) {
        try {
          const r = await importTableViaApi(n.apiUrl, TRAIN_TABLE, await readFile(await tablesFile(n), "utf8"), { deidentified: true })
          say(`${pad(n.hospital.org, 14)} loads its share of the WDBC table: ${r.rows} rows, ${r.columns.length} columns (de-identified, stays on the node)`)
        } catch (err) {
          if (missingRoute(err)) throw new NotAvailableError("federated training in the daemon (POST /v1/train/tables, /v1/train/jobs)")
          throw err
        }
      }
      const key = generatePersonKey("ed25519")
      const issued = await postJson<{ hash: string; credential: string }>(home.apiUrl, "/v1/credentials", { subject: { type: "ed25519", key: toHex(key.publicKey) }, department: "research", role: "researcher", country: home.hospital.country, notBefore: Date.now() - 60_000 })
      const researcher: ClinicianIdentity = { ...key, credential: decodeCredential(fromHex("credential", issued.credential)) as medmesh.common.v1.ICredential }
      // the job a README reader submits too: sample-data/jobs/wdbc-logreg.json
      const TRAIN_JOB = JSON.parse(await readFile(TRAIN_JOB_FILE, "utf8")) as TrainJobFile
      const spec = trainingJobFromJson(TRAIN_JOB, researcher.credential)
      const { jobId, height } = await submitJobViaApi(home.apiUrl, signJobProposal(DEVNET_CHAIN_ID, researcher, spec))
      say(`a researcher credentialed by ${home.hospital.org} proposes job ${jobId.slice(0, 16)}… (logistic regression, ${TRAIN_JOB.rounds} rounds, secure aggregation, DP σ=${TRAIN_JOB.privacy.noiseMultiplier}) at height ${height}`)
      let shownApprovals = 0
      let shownRounds = 0
      const view = await waitForJobViaApi(home.apiUrl, jobId, {
        timeoutMs: 60_000,
        intervalMs: 250,
        onView: (v) => {
          if (v.approvals.length > shownApprovals) {
            for (const a of v.approvals.slice(shownApprovals)) say(a.approve ? `${pad(a.org, 14)} approves by its policy (federated.json), ${a.consentingPatients} rows` : `${pad(a.org, 14)} declines: ${a.reason}`)
            shownApprovals = v.approvals.length
          }
          for (const r of v.roundsDone.slice(shownRounds)) say(`round ${r.round + 1}/${v.rounds}: ${r.orgs.length} hospitals, encrypted masked updates summed, ε spent ${r.epsilonSpent.toFixed(2)} of ${v.epsilonBudget} — committed at height ${r.height}`)
          shownRounds = Math.max(shownRounds, v.roundsDone.length)
        },
      })
      if (view.status !== "complete") throw new Error(`job ${view.local.thisNode.phase}: ${view.local.thisNode.code ?? ""} ${view.local.thisNode.error ?? ""}`.trim())
      const coordinator = nodes.find((n) => n.hospital.org === view.local.coordinator) ?? home
      const { model } = await modelViaApi(coordinator.apiUrl, jobId)
      let correct = 0
      let total = 0
      for (const n of nodes) {
        const csv = await readFile(await tablesFile(n), "utf8")
        const lines = csv.trim().split("\n").slice(1)
        const labels = lines.map((l) => (l.startsWith("M") ? 1 : 0))
        const features = [WDBC_FEATURES.join(","), ...lines.map((l) => l.slice(l.indexOf(",") + 1))].join("\n") + "\n"
        const p = await predictCsv(model, features)
        p.probabilities.forEach((q, i) => {
          if ((q >= 0.5 ? 1 : 0) === labels[i]) correct++
          total++
        })
      }
      say(`model ${view.modelHash.slice(0, 16)}… (${model.length} bytes ONNX) from coordinator ${coordinator.hospital.org}, provenance on the ledger; accuracy ${(100 * correct / total).toFixed(1)}% on the ${total} rows`)
      if (view.completedRounds < TRAIN_JOB.rounds) throw new Error(`${view.completedRounds}/${TRAIN_JOB.rounds} rounds completed`)
    },
  },
]

const TRAIN_TABLE = "wdbc"
const TRAIN_JOB_FILE = join(SAMPLE_DATA_DIR, "jobs", "wdbc-logreg.json")
type TrainJobFile = { rounds: number; privacy: { noiseMultiplier: number } } & Record<string, unknown>

async function tablesFile(n: DevnetNode): Promise<string> {
  const dir = join(n.dataDir, "tables")
  await mkdir(dir, { recursive: true })
  return join(dir, "wdbc.csv")
}

// node/devnet/steps.ts lists the same ids for the CLI (which must not load this module to parse flags)
if (STORY.map((s) => s.id).join(",") !== STORY_STEP_IDS.join(",")) throw new Error("node/devnet/steps.ts and node/devnet/story.ts list different steps")
