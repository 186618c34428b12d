#!/usr/bin/env node
/**
 * medmesh command line. Runs on Node ≥ 22.6 (type stripping); `npm ci` installs Node 24 as
 * node_modules/.bin/node and npm scripts / npx put it first on PATH. On an older Node use
 * cli/medmesh.js, which re-executes this file with the project's Node.
 */
import yargs from "yargs"
import { hideBin } from "yargs/helpers"
import { MEDMESH_VERSION } from "../node/index.ts"
import { consortiumCommand } from "./commands/consortium.ts"
import { devnetCommand } from "./commands/devnet.ts"
import { importCommand } from "./commands/import.ts"
import { keysCommand } from "./commands/keys.ts"
import { ledgerCommand } from "./commands/ledger.ts"
import { memberCommand } from "./commands/member.ts"
import { paramsCommand } from "./commands/params.ts"
import { initCommand, startCommand, statusCommand } from "./commands/node.ts"
// record exchange: patients, consents, credentials, records, audit
import { auditCommand } from "./commands/audit.ts"
import { consentCommand } from "./commands/consent.ts"
import { credentialCommand } from "./commands/credential.ts"
import { patientCommand } from "./commands/patient.ts"
import { recordsCommand } from "./commands/records.ts"
// federated training
import { predictCommand } from "./commands/predict.ts"
import { trainCommand } from "./commands/train.ts"

import { CliError, fail } from "./output.ts"

export async function main(args: string[]): Promise<void> {
  const parser = yargs(args)
    .scriptName("medmesh")
    .usage(
      [
        "$0 <command> [options]",
        "",
        "Node software for cross-border patient-data sharing. Commands by role:",
        "· hospital IT     init, start, status, import",
        "· clinician       records query, credential (issued by the hospital)",
        "· patient         patient enrol, consent grant|revoke|list, audit",
        "· admin           member list|propose|vote|show, params",
        "· data scientist  train …, predict",
        "· operator        ledger status|block|tx|verify, keys show|rotate|apply, consortium create|show",
        "· first steps     devnet (what `npm start` runs): 4 hospitals on this machine and their story",
        "Run `$0 <command> --help` for a command's options and examples.",
      ].join("\n"),
    )
    .example("$0 devnet --once", "the 4-hospital story on this machine, then exit")
    .example("$0 status --data-dir ./charite", "is my node up and connected?")
    .option("data-dir", { type: "string", requiresArg: true, global: true, describe: "the node's data dir", default: process.env.MEDMESH_DATA_DIR ?? "./medmesh-data", defaultDescription: "$MEDMESH_DATA_DIR or ./medmesh-data" })
    .option("json", { type: "boolean", global: true, default: false, describe: "machine-readable output on stdout" })
    .command(initCommand)
    .command(startCommand)
    .command(statusCommand)
    .command(importCommand)
    .command(consortiumCommand)
    .command(devnetCommand)
    .command(ledgerCommand)
    .command(memberCommand)
    .command(paramsCommand)
    .command(keysCommand)
    .command(patientCommand)
    .command(consentCommand)
    .command(credentialCommand)
    .command(recordsCommand)
    .command(auditCommand)
    .command(trainCommand)
    .command(predictCommand)
    .demandCommand(1, "name a command, e.g. medmesh init --help")
    .strict()
    .recommendCommands()
    .version(MEDMESH_VERSION)
    .help()
    .alias("h", "help")
    .wrap(Math.min(120, process.stdout.columns ?? 100))
    // yargs validation (unknown flag, missing argument) becomes a usage error; handler errors pass through
    .fail((msg: string | undefined, err: Error | undefined) => {
      if (err !== undefined && err !== null) throw err
      throw new CliError({ code: "CLI_USAGE" }, `${msg ?? "bad command line"} (see medmesh --help)`)
    })
  try {
    await parser.parseAsync()
  } catch (err) {
    fail(err)
  }
}

// test/cli/helpTree.ts imports main() without running it (walks every --help in one process)
if ((globalThis as { MEDMESH_CLI_NO_MAIN?: boolean }).MEDMESH_CLI_NO_MAIN !== true) await main(hideBin(process.argv)).catch(fail)
