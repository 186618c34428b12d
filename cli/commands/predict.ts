/** `medmesh predict`: run a federated model (from `medmesh train result`) on a CSV, locally — no node needed. */
import { readFile, writeFile } from "node:fs/promises"
import type { Argv, CommandModule } from "yargs"
import { CliError, printJson, printLines } from "../output.ts"

type Global = { json: boolean }
type Args = Global & { model: string; input: string; out?: string; threshold: number }

export const predictCommand: CommandModule<Global, Args> = {
  command: "predict",
  describe: "probabilities from a trained model for every row of a CSV (columns named as the model's features; missing = training mean)",
  builder: (y) =>
    y
      .option("model", { type: "string", demandOption: true, requiresArg: true, describe: "ONNX model from medmesh train result --out" })
      .option("input", { type: "string", demandOption: true, requiresArg: true, describe: "CSV with a header row" })
      .option("out", { type: "string", requiresArg: true, describe: "write row,probability,prediction CSV here instead of stdout" })
      .option("threshold", { type: "number", default: 0.5, describe: "probability at or above which a row is predicted positive" })
      .example("$0 predict --model wdbc.onnx --input new-patients.csv", "print one probability per row")
      .example("$0 predict --model wdbc.onnx --input new.csv --out scores.csv --json", "write scores, print a summary as JSON") as Argv<Args>,
  handler: async (argv) => {
    let model: Uint8Array
    let csv: string
    try {
      model = new Uint8Array(await readFile(argv.model))
      csv = await readFile(argv.input, "utf8")
    } catch (err) {
      throw new CliError({ code: "CLI_INPUT" }, err instanceof Error ? err.message : String(err))
    }
    // ONNX Runtime loads only when a prediction runs: --help and other commands stay fast
    const { modelMetadata, predictCsv } = await import("../../node/federated/model.ts")
    const p = await predictCsv(model, csv)
    const rows = Array.from(p.probabilities, (prob, i) => ({ row: i + 1, probability: prob, prediction: prob >= argv.threshold ? 1 : 0 }))
    const text = ["row,probability,prediction", ...rows.map((r) => `${r.row},${r.probability.toFixed(6)},${r.prediction}`)].join("\n") + "\n"
    if (argv.out !== undefined) await writeFile(argv.out, text)
    const meta = modelMetadata(model)
    const info = { rows: rows.length, positives: rows.filter((r) => r.prediction === 1).length, missingColumns: p.missingColumns, job: meta["medmesh.job_id"] ?? "", out: argv.out ?? null }
    if (argv.json) printJson(argv.out !== undefined ? info : { ...info, predictions: rows })
    else if (argv.out !== undefined) printLines([`${info.rows} rows scored, ${info.positives} predicted positive → ${argv.out}${p.missingColumns.length > 0 ? ` (columns missing, imputed: ${p.missingColumns.join(", ")})` : ""}`])
    else {
      process.stdout.write(text)
      if (p.missingColumns.length > 0) process.stderr.write(`medmesh: columns missing from the input, imputed with the training mean: ${p.missingColumns.join(", ")}\n`)
    }
  },
}
