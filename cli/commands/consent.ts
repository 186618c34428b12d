/**
 * `medmesh consent grant|revoke|list`: consents shaped after FHIR R4 Consent, signed by the
 * patient's key (their key file: the tx goes to POST /v1/txs) or, for a custodial patient, by the
 * key the hospital holds (POST /v1/consents/custodial). Absent flags mean "any".
 */
import { readFile } from "node:fs/promises"
import type { Argv, CommandModule } from "yargs"
import { fromHex } from "../../common/bytes.ts"
import { loadPatientKey, type PersonKey } from "../../node/credentials/index.ts"
import { pseudonymOf } from "../../node/identity/patient.ts"
import { buildConsent, signPersonTx, type ConsentInput, type ConsentView } from "../../node/patients/index.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type Signing = { pseudonym?: string; "key-file"?: string; custodial?: boolean }
type GrantArgs = Global & ApiFlags & Signing & { decision: "permit" | "deny"; org?: string; department?: string; role?: string; clinician?: string; country?: string; types?: string[]; labels?: string[]; purposes?: string[]; start?: string; end?: string; "from-json"?: string }
type RevokeArgs = Global & ApiFlags & Signing & { consentId: string }
type ListArgs = Global & ApiFlags & { pseudonym?: string; "key-file"?: string }

function withSigning<T>(y: Argv<T>): Argv<T & Signing> {
  return y
    .option("pseudonym", { type: "string", requiresArg: true, describe: "the patient's pseudonym (hex); derived from --key-file when absent" })
    .option("key-file", { type: "string", requiresArg: true, describe: "the patient's key file: the patient signs" })
    .option("custodial", { type: "boolean", describe: "sign with the key this hospital holds for the patient" })
    .conflicts("custodial", "key-file") as Argv<T & Signing>
}

async function chainIdOf(argv: ApiFlags): Promise<string> {
  return (await callApi<{ chainId: string }>(argv, "GET", "/v1/ledger/status")).chainId
}

async function signer(argv: ApiFlags & Signing): Promise<{ key?: PersonKey; pseudonym: Uint8Array; chainId: string }> {
  const chainId = await chainIdOf(argv)
  const key = argv["key-file"] !== undefined ? await loadPatientKey(argv["key-file"]) : undefined
  if (key === undefined && argv.custodial !== true) throw new CliError({ code: "CLI_USAGE" }, "give --key-file (the patient signs) or --custodial (the hospital's key for the patient)")
  const pseudonym = argv.pseudonym !== undefined ? fromHex("pseudonym", argv.pseudonym.toLowerCase(), 32) : key !== undefined ? pseudonymOf(chainId, { type: key.keyType, key: key.publicKey }) : undefined
  if (pseudonym === undefined) throw new CliError({ code: "CLI_USAGE" }, "give --pseudonym (custodial consents name the patient by pseudonym)")
  return { key, pseudonym, chainId }
}

async function commitSigned(argv: ApiFlags, txBytes: Uint8Array): Promise<{ txHash: string; height: number }> {
  return callApi<{ txHash: string; height: number }>(argv, "POST", `/v1/txs?wait=commit&timeoutMs=${argv.timeout}`, { txBase64: Buffer.from(txBytes).toString("base64") })
}

const list = (v: string[] | undefined): string[] | undefined => (v === undefined ? undefined : v.flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter((s) => s !== ""))

const grant: CommandModule<Global, GrantArgs> = {
  command: "grant",
  describe: "grant (permit) or record a refusal (deny) — deny wins over any permit",
  builder: (y) =>
    withApiFlags(
      withSigning(y)
        .option("decision", { choices: ["permit", "deny"] as const, default: "permit" as const, describe: "permit or deny" })
        .option("org", { type: "string", requiresArg: true, describe: "only this member org" })
        .option("department", { type: "string", requiresArg: true, describe: "only this department" })
        .option("role", { choices: ["clinician", "nurse", "researcher", "admin"], describe: "only this role" })
        .option("clinician", { type: "string", requiresArg: true, describe: "only this clinician (subject key, hex)" })
        .option("country", { type: "string", requiresArg: true, describe: "only requesters in this country (ISO 3166-1 alpha-2)" })
        .option("types", { type: "array", string: true, describe: "FHIR resource types, e.g. Observation,Condition (default: all)" })
        .option("labels", { type: "array", string: true, describe: "security labels, e.g. PSY,HIV (default: any)" })
        .option("purposes", { type: "array", string: true, describe: "treatment, research, emergency (default: any)" })
        .option("start", { type: "string", requiresArg: true, describe: "valid from (ISO 8601)" })
        .option("end", { type: "string", requiresArg: true, describe: "valid until (ISO 8601)" })
        .option("from-json", { type: "string", requiresArg: true, describe: "read the consent from a JSON file ({decision, org, role, country, resourceTypes, securityLabels, purposes, start, end})" })
        .example("$0 consent grant --key-file ./denisha.key --country FR --purposes treatment", "any French clinician, for treatment, whole record")
        .example("$0 consent grant --key-file ./denisha.key --decision deny --labels PSY", "never release psychiatric records")
        .example("$0 consent grant --custodial --pseudonym 3f…a1 --types AllergyIntolerance,MedicationRequest --json", "custodial patient"),
    ) as Argv<GrantArgs>,
  handler: async (argv) => {
    const s = await signer(argv)
    const input: ConsentInput =
      argv["from-json"] !== undefined
        ? await readConsentJson(argv["from-json"])
        : { decision: argv.decision, org: argv.org, department: argv.department, role: argv.role, clinician: argv.clinician, country: argv.country, resourceTypes: list(argv.types), securityLabels: list(argv.labels), purposes: list(argv.purposes), start: argv.start, end: argv.end }
    let r: { consentId: string; height: number }
    if (s.key !== undefined) {
      const c = await commitSigned(argv, signPersonTx(s.chainId, s.key, { consentGrant: { consent: buildConsent(s.pseudonym, input) } }))
      r = { consentId: c.txHash, height: c.height }
    } else r = await callApi<{ consentId: string; height: number }>(argv, "POST", "/v1/consents/custodial", { pseudonym: Buffer.from(s.pseudonym).toString("hex"), consent: input })
    if (argv.json) return printJson(r)
    printLines([`consent ${r.consentId} committed at height ${r.height} (decisions at height ≥ ${r.height} apply it)`])
  },
}

const revoke: CommandModule<Global, RevokeArgs> = {
  command: "revoke <consentId>",
  describe: "revoke a consent: every decision at a height ≥ the revocation's commit height honours it",
  builder: (y) =>
    withApiFlags(
      withSigning(y)
        .positional("consentId", { type: "string", demandOption: true, describe: "the consent id (tx hash of the grant)" })
        .example("$0 consent revoke 9c1f…e0 --key-file ./denisha.key", "the patient revokes"),
    ) as Argv<RevokeArgs>,
  handler: async (argv) => {
    const s = await signer(argv)
    let r: { txHash: string; height: number }
    if (s.key !== undefined) r = await commitSigned(argv, signPersonTx(s.chainId, s.key, { consentRevoke: { consentId: fromHex("consentId", argv.consentId.toLowerCase(), 32), pseudonym: s.pseudonym } }))
    else r = await callApi<{ txHash: string; height: number }>(argv, "POST", "/v1/consents/custodial", { pseudonym: Buffer.from(s.pseudonym).toString("hex"), revoke: argv.consentId })
    if (argv.json) return printJson(r)
    printLines([`consent ${argv.consentId} revoked at height ${r.height} (tx ${r.txHash})`])
  },
}

const listCmd: CommandModule<Global, ListArgs> = {
  command: "list",
  describe: "a patient's consents on the ledger",
  builder: (y) =>
    withApiFlags(
      y
        .option("pseudonym", { type: "string", requiresArg: true, describe: "the patient's pseudonym (hex)" })
        .option("key-file", { type: "string", requiresArg: true, describe: "derive the pseudonym from the patient's key file" })
        .example("$0 consent list --key-file ./denisha.key", "all consents, active and revoked"),
    ) as Argv<ListArgs>,
  handler: async (argv) => {
    let p = argv.pseudonym
    if (p === undefined && argv["key-file"] !== undefined) {
      const key = await loadPatientKey(argv["key-file"])
      p = Buffer.from(pseudonymOf(await chainIdOf(argv), { type: key.keyType, key: key.publicKey })).toString("hex")
    }
    if (p === undefined) throw new CliError({ code: "CLI_USAGE" }, "give --pseudonym or --key-file")
    const r = await callApi<{ height: number; consents: ConsentView[] }>(argv, "GET", `/v1/consents/${p.toLowerCase()}`)
    if (argv.json) return printJson(r)
    const who = (c: ConsentView): string => Object.entries(c.actor).map(([k, v]) => `${k}=${v}`).join(" ") || "anyone"
    printLines([
      `${r.consents.length} consents at height ${r.height}`,
      ...r.consents.map((c) => `  ${c.consentId.slice(0, 16)}  ${c.decision.padEnd(6)} ${c.revokedAtHeight !== null ? `revoked@${c.revokedAtHeight}` : "active"}  granted@${c.grantedAtHeight}  who: ${who(c)}  data: ${[...c.resourceTypes, ...c.securityLabels.map((l) => `label:${l}`)].join(",") || "all"}  purposes: ${c.purposes.join(",") || "any"}${c.custodial ? "  (custodial)" : ""}`),
    ])
  },
}

export const consentCommand: CommandModule<Global, Global> = {
  command: "consent <command>",
  describe: "patients' consents: grant, revoke, list",
  builder: (y) => y.command(grant).command(revoke).command(listCmd).demandCommand(1, "name a consent command: grant, revoke, list").example("$0 consent grant --key-file ./denisha.key --purposes treatment", "any clinician of the consortium, for treatment"),
  handler: () => {},
}

/** --from-json: unreadable or not JSON is one CLI_INPUT line; the consent's fields are buildConsent's to check. */
async function readConsentJson(path: string): Promise<ConsentInput> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as ConsentInput
  } catch (err) {
    throw new CliError({ code: "CLI_INPUT" }, `${path}: ${err instanceof SyntaxError ? "not JSON" : err instanceof Error ? err.message : String(err)}`)
  }
}
