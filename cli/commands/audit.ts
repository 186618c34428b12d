/**
 * `medmesh audit <pseudonym>`: every access to a patient's record — who, where, why, what, when,
 * decision, break-glass — each checked offline with its inclusion proof (Merkle path, header,
 * commit signed by > 2/3 of the validators). With --consortium the validators must be the member
 * keys of that file; without it the proof is checked against the validator keys the node names.
 */
import type { Argv, CommandModule } from "yargs"
import { fromHex } from "../../common/bytes.ts"
import { loadConsortiumFile } from "../../node/consortium/file.ts"
import { loadPatientKey } from "../../node/credentials/index.ts"
import { pseudonymOf } from "../../node/identity/patient.ts"
import { verifyAuditTrail, type AuditTrailJson } from "../../node/patients/audit.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type AuditArgs = Global & ApiFlags & { patient?: string; "key-file"?: string; consortium?: string }

export const auditCommand: CommandModule<Global, AuditArgs> = {
  command: "audit [patient]",
  describe: "a patient's audit trail: every access, with proofs verified offline",
  builder: (y) =>
    withApiFlags(
      y
        .positional("patient", { type: "string", describe: "the patient's pseudonym (hex)" })
        .option("key-file", { type: "string", requiresArg: true, describe: "derive the pseudonym from the patient's key file" })
        .option("consortium", { type: "string", requiresArg: true, describe: "consortium file: trust only its member keys when checking proofs" })
        .example("$0 audit --key-file ./denisha.key --consortium ./consortium.json", "the patient checks who saw their record")
        .example("$0 audit 3f…a1 --json", "machine-readable, with each entry's verification"),
    ) as Argv<AuditArgs>,
  handler: async (argv) => {
    let p = argv.patient
    if (p === undefined && argv["key-file"] !== undefined) {
      const key = await loadPatientKey(argv["key-file"])
      const chainId = (await callApi<{ chainId: string }>(argv, "GET", "/v1/ledger/status")).chainId
      p = Buffer.from(pseudonymOf(chainId, { type: key.keyType, key: key.publicKey })).toString("hex")
    }
    if (p === undefined) throw new CliError({ code: "CLI_USAGE" }, "give the patient's pseudonym or --key-file")
    const pseudonym = fromHex("pseudonym", p.toLowerCase(), 32)
    const trail = await callApi<AuditTrailJson & { height: number }>(argv, "GET", `/v1/audit/${p.toLowerCase()}`)
    const trustedKeys = argv.consortium !== undefined ? (await loadConsortiumFile(argv.consortium)).members.map((m) => m.nodeKey) : undefined
    const checked = verifyAuditTrail(trail, { trustedKeys, pseudonym })
    const entries = checked.map((c, i) => ({ ...(c.entry ?? trail.entries[i]), verified: c.verified, error: c.error ?? null }))
    const failed = entries.filter((e) => !e.verified).length
    if (argv.json) printJson({ pseudonym: p.toLowerCase(), height: trail.height, trusted: trustedKeys !== undefined ? "consortium file" : "validator keys named by the node", entries, failed })
    else
      printLines([
        `${entries.length} accesses at height ${trail.height}; proofs ${failed === 0 ? "all verified" : `${failed} FAILED`} (${trustedKeys !== undefined ? "against the consortium file's member keys" : "against the validator keys the node names: pass --consortium to pin them"})`,
        ...entries.map((e) => `  ${e.when}  ${e.decision.toUpperCase().padEnd(11)} ${e.reason.padEnd(24)} ${e.who.role} at ${e.who.org} (${e.where.country}) → ${e.where.holder}  ${e.why.purpose}${e.breakGlass ? ` BREAK-GLASS: "${e.why.breakGlassReason ?? ""}"` : ""}  ${e.what.categories.join(",") || "whole record"}  height ${e.height}  ${e.verified ? "✓ proof" : `✗ ${e.error}`}`),
      ])
    if (failed > 0) process.exitCode = 1
  },
}
