/**
 * `medmesh credential issue|revoke|list`: this hospital's node issues credentials for its
 * clinicians' and researchers' keys (signed by the node key; verifiable by every member) and
 * revokes them on the ledger. `issue --out FILE` also creates the person's key and writes their
 * identity file (key + credential, mode 0600) for `medmesh records query`.
 */
import type { Argv, CommandModule } from "yargs"
import { toHex } from "../../common/bytes.ts"
import { credentialFromHex, generatePersonKey, keyTypeName, saveClinicianIdentity, type KeyTypeName } from "../../node/credentials/index.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type IssueArgs = Global & ApiFlags & { out?: string; "subject-key"?: string; "key-type": KeyTypeName; role: string; department: string; country: string; "valid-days": number }
type RevokeArgs = Global & ApiFlags & { hash: string; reason: string }

const issue: CommandModule<Global, IssueArgs> = {
  command: "issue",
  describe: "issue a credential for a clinician's or researcher's key",
  builder: (y) =>
    withApiFlags(
      y
        .option("out", { type: "string", requiresArg: true, describe: "create the person's key and write their identity file here (mode 0600)" })
        .option("subject-key", { type: "string", requiresArg: true, describe: "the person's existing public key (hex) instead of --out" })
        .option("key-type", { choices: ["ed25519", "p256"] as const, default: "ed25519" as KeyTypeName, describe: "type of the key (new or given)" })
        .option("role", { choices: ["clinician", "nurse", "researcher", "admin"], default: "clinician", describe: "role stated in the credential" })
        .option("department", { type: "string", default: "", describe: "department" })
        .option("country", { type: "string", demandOption: true, requiresArg: true, describe: "the person's country (ISO 3166-1 alpha-2)" })
        .option("valid-days", { type: "number", default: 365, describe: "validity from now, in days (checked against ledger time)" })
        .conflicts("out", "subject-key")
        .example("$0 credential issue --out ./dr-martin.id --role clinician --department emergency --country FR", "new key + credential for Dr Martin")
        .example("$0 credential issue --subject-key 7d…0a --role researcher --country DE --json", "for a key the researcher already has"),
    ) as Argv<IssueArgs>,
  handler: async (argv) => {
    const key = argv.out !== undefined ? generatePersonKey(argv["key-type"]) : undefined
    const subjectKey = key !== undefined ? toHex(key.publicKey) : argv["subject-key"]
    if (subjectKey === undefined) throw new CliError({ code: "CLI_USAGE" }, "give --out (new key + identity file) or --subject-key")
    const now = Date.now()
    const r = await callApi<{ hash: string; credential: string; notBefore: number; notAfter: number }>(argv, "POST", "/v1/credentials", {
      subject: { type: key !== undefined ? keyTypeName(key.keyType) : argv["key-type"], key: subjectKey },
      role: argv.role,
      department: argv.department,
      country: argv.country,
      // notBefore: the node's default, a few minutes back (ledger time may lag the wall clock)
      notAfter: now + argv["valid-days"] * 86_400_000,
    })
    if (key !== undefined && argv.out !== undefined) await saveClinicianIdentity(argv.out, { ...key, credential: credentialFromHex(r.credential) })
    if (argv.json) return printJson({ ...r, identityFile: argv.out ?? null })
    printLines([
      `credential ${r.hash}`,
      `  valid ${new Date(r.notBefore).toISOString()} – ${new Date(r.notAfter).toISOString()} (ledger time)`,
      ...(argv.out !== undefined ? [`  identity file ${argv.out} (key + credential, mode 0600): give it to its holder`] : [`  credential (hex) ${r.credential}`]),
    ])
  },
}

const revoke: CommandModule<Global, RevokeArgs> = {
  command: "revoke <hash>",
  describe: "revoke a credential on the ledger (CredentialRevoke tx); refused from its commit on",
  builder: (y) =>
    withApiFlags(
      y
        .positional("hash", { type: "string", demandOption: true, describe: "credential hash (from issue or list)" })
        .option("reason", { type: "string", default: "", describe: "why (goes on the ledger: no patient data)" })
        .example("$0 credential revoke 5b0e…c2 --reason 'left the hospital'", "revoke"),
    ) as Argv<RevokeArgs>,
  handler: async (argv) => {
    const r = await callApi<{ txHash: string; height: number }>(argv, "POST", "/v1/credentials/revoke", { credentialHash: argv.hash.toLowerCase(), reason: argv.reason })
    if (argv.json) return printJson(r)
    printLines([`credential ${argv.hash} revoked at height ${r.height} (tx ${r.txHash})`])
  },
}

type CredentialRow = { hash: string; subject: string; role: number; department: string; country: string; notBefore: number; notAfter: number }
const list: CommandModule<Global, Global & ApiFlags> = {
  command: "list",
  describe: "credentials this node issued",
  builder: (y) => withApiFlags(y).example("$0 credential list --json", "all issued credentials") as Argv<Global & ApiFlags>,
  handler: async (argv) => {
    const r = await callApi<{ credentials: CredentialRow[] }>(argv, "GET", "/v1/credentials")
    if (argv.json) return printJson(r)
    printLines([`${r.credentials.length} credentials`, ...r.credentials.map((c) => `  ${c.hash.slice(0, 16)}  ${c.country} ${c.department || "-"}  until ${new Date(c.notAfter).toISOString().slice(0, 10)}  subject ${c.subject.slice(0, 16)}…`)])
  },
}

export const credentialCommand: CommandModule<Global, Global> = {
  command: "credential <command>",
  describe: "clinician and researcher credentials: issue, revoke, list",
  builder: (y) => y.command(issue).command(revoke).command(list).demandCommand(1, "name a credential command: issue, revoke, list").example("$0 credential issue --out ./dr-martin.id --role clinician --country FR", "a clinician's key and credential"),
  handler: () => {},
}
