/**
 * How commands report: results on stdout (human text, or JSON with --json), failures as exactly
 * one line on stderr (`medmesh: <what is wrong>`) and a meaningful exit code — never a stack trace.
 */
import { ApiError, ConfigError, ConsortiumError, InitError, MedmeshError, NodeError, NodeKeyError, PassphraseError } from "../node/index.ts"
import { ImportError } from "../node/records/errors.ts"
import { ExitCode, type ExitCodeValue } from "./exitCodes.ts"

/** A failure the CLI itself detects (usage, unreachable node). */
export class CliError extends MedmeshError<{ code: "CLI_USAGE" } | { code: "CLI_UNREACHABLE"; url: string } | { code: "CLI_FAILED" } | { code: "CLI_INPUT" } | { code: "CLI_DATA_DIR" }> {}

const CLI_EXIT: Record<CliError["type"]["code"], ExitCodeValue> = { CLI_USAGE: ExitCode.usage, CLI_UNREACHABLE: ExitCode.unreachable, CLI_FAILED: ExitCode.internal, CLI_INPUT: ExitCode.input, CLI_DATA_DIR: ExitCode.config }

export function exitCodeOf(err: unknown): ExitCodeValue {
  if (err instanceof CliError) return CLI_EXIT[err.type.code]
  if (err instanceof ImportError) return ExitCode.input
  if (err instanceof ConfigError || err instanceof ConsortiumError) return ExitCode.config
  if (err instanceof InitError) return err.type.code === "INIT_ALREADY_INITIALISED" ? ExitCode.key : err.type.code === "INIT_PASSPHRASE_MISSING" ? ExitCode.key : ExitCode.config
  if (err instanceof NodeKeyError || err instanceof PassphraseError) return ExitCode.key
  if (err instanceof ApiError || err instanceof NodeError) return ExitCode.address
  return ExitCode.internal
}

/** One line: the message (which already names the file, field or flag), no code prefix, no stack. */
export function errorLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  return `medmesh: ${text.split("\n")[0]}`
}

export function fail(err: unknown): never {
  process.stderr.write(errorLine(err) + "\n")
  if (process.env.MEDMESH_DEBUG === "1" && err instanceof Error && err.stack !== undefined) process.stderr.write(err.stack + "\n")
  process.exit(exitCodeOf(err))
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n")
}

export function printLines(lines: string[]): void {
  process.stdout.write(lines.join("\n") + "\n")
}
