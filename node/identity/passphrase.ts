import { promises as fs } from "node:fs"
import { MedmeshError } from "../../common/errors.ts"
import type { PassphraseOptions } from "./options.ts"

export type PassphraseErrorType = { code: "PASSPHRASE_FILE_UNREADABLE"; path: string } | { code: "PASSPHRASE_EMPTY"; source: string }
export class PassphraseError extends MedmeshError<PassphraseErrorType> {}

/** The passphrase from `passphrase.file` (first line) or the `passphrase.env` variable; undefined if neither is set. */
export async function readPassphrase(opts: PassphraseOptions, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (opts.file !== undefined) {
    let text: string
    try {
      text = await fs.readFile(opts.file, "utf8")
    } catch {
      throw new PassphraseError({ code: "PASSPHRASE_FILE_UNREADABLE", path: opts.file }, `passphrase file ${opts.file} cannot be read`)
    }
    const line = text.split(/\r?\n/, 1)[0]
    if (line === "") throw new PassphraseError({ code: "PASSPHRASE_EMPTY", source: opts.file }, `passphrase file ${opts.file} is empty`)
    return line
  }
  const value = env[opts.env]
  if (value === undefined || value === "") return undefined
  return value
}

export function passphraseHint(opts: PassphraseOptions): string {
  return `set ${opts.env} or passphrase.file (--passphrase-file)`
}
