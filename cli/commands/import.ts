/**
 * `medmesh import PATH`: FHIR R4 bundles (transaction/batch/collection, e.g. Synthea output) and CSV
 * tables with a column mapping into the node's record store (node/records/import, docs/import.md).
 * Runs on a stopped node's data dir (the store is opened directly). Each file is atomic: a refused
 * file writes nothing, the others go on; any refusal makes the exit status 7 (input).
 */
import { stat } from "node:fs/promises"
import { resolve } from "node:path"
import type { Argv, CommandModule } from "yargs"
import { loadNodeOptions } from "../../node/index.ts"
import type { ImportProgress, ImportSummary } from "../../node/records/import/index.ts"
import type { Db } from "../../node/storage/db.ts"
import { CliError, printLines } from "../output.ts"
import { ProgressBar } from "./progress.ts"

type Args = { json: boolean; "data-dir": string; path: string; mapping?: string }

export const importCommand: CommandModule<{ json: boolean; "data-dir": string }, Args> = {
  command: "import <path>",
  describe: "import FHIR R4 bundles (a file or a folder, e.g. Synthea output) and CSV tables into a stopped node's record store",
  builder: (y) =>
    y
      .positional("path", { type: "string", demandOption: true, describe: "a bundle (.json), a table (.csv/.tsv/.data with <name>.mapping.json beside it) or a folder of them" })
      .option("mapping", { type: "string", requiresArg: true, describe: "column mapping for CSV tables (instead of <name>.mapping.json)" })
      .example("$0 import ./synthea/fhir --data-dir ./charite", "every bundle in the folder; shared Organization/Practitioner bundles first")
      .example("$0 import wdbc.data --mapping wdbc.mapping.json --data-dir ./charite --json", "a table; the last line of output is the JSON summary") as Argv<Args>,
  handler: async (argv) => {
    // the store (LevelDB) and the importer load only when the command runs
    const [{ STORE_DIR }, { importPath, loadMapping }, { Db, StorageError }] = await Promise.all([import("../../node/node.ts"), import("../../node/records/import/index.ts"), import("../../node/storage/db.ts")])
    const options = await loadNodeOptions(argv["data-dir"])
    const path = resolve(argv.path)
    try {
      await stat(path)
    } catch {
      throw new CliError({ code: "CLI_INPUT" }, `nothing to import at ${path}: no such file or folder`)
    }
    const csvMapping = argv.mapping !== undefined ? await loadMapping(resolve(argv.mapping)) : undefined
    let db: Db
    try {
      db = await Db.open(resolve(options.dataDir, STORE_DIR))
    } catch (err) {
      if (err instanceof StorageError && /lock/i.test(err.message)) {
        throw new CliError({ code: "CLI_DATA_DIR" }, `the store of ${options.dataDir} is in use — is the node running? Stop it (Ctrl-C or SIGTERM) and import again`)
      }
      throw err
    }
    const bar = process.stderr.isTTY === true ? new ProgressBar(process.stderr, "importing") : undefined
    let summary: ImportSummary
    try {
      summary = await importPath(db, path, { csvMapping, onProgress: (p: ImportProgress) => bar?.update(p.index + 1, p.total, p.path) })
    } finally {
      bar?.done()
      await db.close()
    }
    const total = Object.values(summary.resources).reduce((a, b) => a + b, 0)
    if (argv.json) {
      // one line, so scripts can take the last line of output
      process.stdout.write(JSON.stringify(summary) + "\n")
    } else if (summary.bundles > 0 || summary.rejected.length === 0) {
      const width = Math.max(12, ...Object.keys(summary.resources).map((k) => k.length))
      printLines([
        `imported ${summary.bundles} file(s) into ${options.dataDir}: ${summary.patients} patient(s), ${total} resource(s) in ${summary.elapsedMs} ms${summary.alreadyImported > 0 ? ` (${summary.alreadyImported} already imported before: unchanged)` : ""}`,
        ...Object.entries(summary.resources).map(([type, n]) => `  ${type.padEnd(width)} ${String(n).padStart(6)}`),
        ...(summary.unresolvedReferences > 0 ? [`  ${summary.unresolvedReferences} reference(s) point at resources not imported yet`] : []),
      ])
    }
    if (summary.rejected.length > 0) {
      for (const r of summary.rejected.slice(1)) process.stderr.write(`medmesh: refused ${r.path}: ${r.reason}\n`)
      const first = summary.rejected[0]
      throw new CliError(
        { code: "CLI_INPUT" },
        `refused ${first.path}: ${first.reason}${summary.rejected.length > 1 ? ` (and ${summary.rejected.length - 1} more file(s), listed above)` : ""} — nothing of a refused file was stored`,
      )
    }
  },
}
