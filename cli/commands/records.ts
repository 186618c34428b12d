/**
 * `medmesh records query`: a clinician fetches a patient's record from every hospital that holds
 * it. The clinician's key (identity file) signs one request per holder here; the node locates the
 * holders and relays; each answer is checked against its committed access event and decrypted
 * here; the result is one FHIR Bundle with per-hospital provenance.
 */
import { writeFile } from "node:fs/promises"
import type { Argv, CommandModule } from "yargs"
import { fromHex } from "../../common/bytes.ts"
import { loadClinicianIdentity } from "../../node/credentials/index.ts"
import { purposeOfName } from "../../node/records/requestHandlerMapping.ts"
import { queryRecordsViaApi } from "../../node/records/requesterClient.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { apiBaseUrl, callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type QueryArgs = Global & ApiFlags & { pseudonym: string; identity: string; types?: string[]; purpose: string; "break-glass"?: string; out?: string }

const query: CommandModule<Global, QueryArgs> = {
  command: "query <pseudonym>",
  describe: "fetch a patient's record from every holder (within consent, or break-glass), merged",
  builder: (y) =>
    withApiFlags(
      y
        .positional("pseudonym", { type: "string", demandOption: true, describe: "the patient's pseudonym (hex)" })
        .option("identity", { type: "string", demandOption: true, requiresArg: true, describe: "your identity file (from medmesh credential issue --out)" })
        .option("types", { type: "array", string: true, describe: "FHIR resource types (default: everything consent allows)" })
        .option("purpose", { choices: ["treatment", "research", "emergency"], default: "treatment", describe: "purpose of use" })
        .option("break-glass", { type: "string", requiresArg: true, describe: "emergency access with this reason (purpose emergency; flagged in the patient's audit trail)" })
        .option("out", { type: "string", requiresArg: true, describe: "write the merged FHIR Bundle here" })
        .example("$0 records query 3f…a1 --identity ./dr-martin.id --out record.json", "whole record, for treatment")
        .example("$0 records query 3f…a1 --identity ./dr-martin.id --purpose emergency --break-glass 'unconscious, allergies needed' --types AllergyIntolerance --json", "break-glass"),
    ) as Argv<QueryArgs>,
  handler: async (argv) => {
    const identity = await loadClinicianIdentity(argv.identity)
    const chainId = (await callApi<{ chainId: string }>(argv, "GET", "/v1/ledger/status")).chainId
    const purpose = argv["break-glass"] !== undefined ? "emergency" : argv.purpose
    const types = (argv.types ?? []).flatMap((t) => String(t).split(",")).map((t) => t.trim()).filter((t) => t !== "")
    let pseudonym: Uint8Array
    try {
      pseudonym = fromHex("pseudonym", argv.pseudonym.toLowerCase(), 32)
    } catch {
      throw new CliError({ code: "CLI_USAGE" }, "pseudonym: expected 64 hex characters")
    }
    const r = await queryRecordsViaApi(await apiBaseUrl(argv), chainId, identity, { pseudonym, categories: types, purpose: purposeOfName(purpose), breakGlassReason: argv["break-glass"] })
    if (argv.out !== undefined) await writeFile(argv.out, JSON.stringify(r.record, null, 2) + "\n", { mode: 0o600 })
    const holders = r.answers.map((a) => ({ org: a.holderOrg, status: a.status, reason: a.reason, accessEvent: a.receipt?.txHash ?? null, height: a.receipt?.height ?? null, resources: a.bundle?.entry.length ?? 0, error: a.error ?? null }))
    if (argv.json) return printJson({ holders, resources: r.record.entry.length, elapsedMs: Math.round(r.elapsedMs), record: argv.out === undefined ? r.record : undefined, out: argv.out ?? null })
    printLines([
      `${r.record.entry.length} resources from ${holders.filter((h) => h.status === "ok").length}/${holders.length} holders in ${Math.round(r.elapsedMs)} ms${argv.out !== undefined ? ` → ${argv.out}` : " (use --out FILE or --json for the bundle)"}`,
      ...holders.map((h) => `  ${h.org.padEnd(20)} ${h.status.padEnd(11)} ${h.reason.padEnd(22)} ${String(h.resources).padStart(4)} resources  access event ${h.accessEvent ?? "-"}${h.error !== null ? `  (${h.error})` : ""}`),
    ])
  },
}

export const recordsCommand: CommandModule<Global, Global> = {
  command: "records <command>",
  describe: "clinicians: fetch patient records across hospitals",
  builder: (y) => y.command(query).demandCommand(1, "name a records command: query").example("$0 records query 3f…a1 --identity ./dr-martin.id --out record.json", "the merged record from every hospital that holds it"),
  handler: () => {},
}
