/**
 * `medmesh patient enrol`: link a patient's local record (a Patient id in this hospital's store)
 * to their ledger pseudonym. The patient signs the link with their key — a key file they hold
 * (Ed25519, or P-256 like a phone passkey) — or, for patients without a device, the hospital
 * generates and keeps the key (custodial; the ledger marks it so).
 */
import type { Argv, CommandModule } from "yargs"
import { toHex, fromHex } from "../../common/bytes.ts"
import { signWith } from "../../common/crypto/keys.ts"
import { generatePersonKey, keyTypeName, loadPatientKey, savePatientKey, type KeyTypeName, type PersonKey } from "../../node/credentials/index.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type EnrolArgs = Global & ApiFlags & { patientId: string; custodial?: boolean; "key-file"?: string; "new-key": boolean; "key-type": KeyTypeName }
type Enrolment = { patientId: string; pseudonym: string; custodial: boolean; keyType: string; txHash: string; height: number }

const enrol: CommandModule<Global, EnrolArgs> = {
  command: "enrol <patientId>",
  describe: "link a local patient record to the patient's pseudonym on the ledger (PatientLink tx)",
  builder: (y) =>
    withApiFlags(
      y
        .positional("patientId", { type: "string", demandOption: true, describe: "the Patient resource id in this hospital's record store" })
        .option("custodial", { type: "boolean", describe: "the hospital generates and holds the patient's key (patient without a device)" })
        .option("key-file", { type: "string", requiresArg: true, describe: "the patient's key file (signs the link statement)" })
        .option("new-key", { type: "boolean", default: false, describe: "create the patient key file first (mode 0600; give it to the patient)" })
        .option("key-type", { choices: ["ed25519", "p256"] as const, default: "ed25519" as KeyTypeName, describe: "type of a new key" })
        .conflicts("custodial", "key-file")
        .example("$0 patient enrol 6a93e0ad-9bd0-6d85-34a7-015186f7880a --key-file ./denisha.key --new-key", "create the patient's key and link the record")
        .example("$0 patient enrol 475d72ca-91c7-7211-97e3-f000af33fc04 --custodial --json", "hospital-held key for a patient without a device"),
    ) as Argv<EnrolArgs>,
  handler: async (argv) => {
    let r: Enrolment
    if (argv.custodial === true) {
      r = await callApi<Enrolment>(argv, "POST", "/v1/patients/enrol", { patientId: argv.patientId, custodial: true, keyType: argv["key-type"] })
    } else {
      const file = argv["key-file"]
      if (file === undefined) throw new CliError({ code: "CLI_USAGE" }, "give --key-file (the patient's key) or --custodial")
      const key: PersonKey = argv["new-key"] ? generatePersonKey(argv["key-type"]) : await loadPatientKey(file)
      const patientKey = { type: keyTypeName(key.keyType), key: toHex(key.publicKey) }
      const prep = await callApi<{ signBytes: string; issuedAt: number }>(argv, "POST", "/v1/patients/enrol/prepare", { patientId: argv.patientId, patientKey })
      // the new key is written once the node accepted the patient id, and before anything is committed
      if (argv["new-key"]) await savePatientKey(file, key)
      const signature = signWith(key.keyType, key.secretKey, fromHex("signBytes", prep.signBytes))
      r = await callApi<Enrolment>(argv, "POST", "/v1/patients/enrol", { patientId: argv.patientId, custodial: false, patientKey, issuedAt: prep.issuedAt, signature: toHex(signature) })
    }
    if (argv.json) return printJson(r)
    printLines([
      `enrolled ${r.patientId}`,
      `  pseudonym  ${r.pseudonym}`,
      `  key        ${r.keyType}${r.custodial ? " (custodial: held by this hospital)" : ""}`,
      `  link tx    ${r.txHash} at height ${r.height}`,
    ])
  },
}

export const patientCommand: CommandModule<Global, Global> = {
  command: "patient <command>",
  describe: "patients: link local records to ledger pseudonyms",
  builder: (y) => y.command(enrol).demandCommand(1, "name a patient command: enrol").example("$0 patient enrol 6a93e0ad-9bd0-6d85-34a7-015186f7880a --key-file ./denisha.key --new-key", "the patient links the record to their own key"),
  handler: () => {},
}
