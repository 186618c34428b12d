/**
 * Base of every typed error in medmesh. Each subsystem declares a discriminated union of
 * `{code: "..."; ...metadata}` and a subclass; callers branch on `err.type.code`, never on text.
 * Metadata must never hold patient data, keys or model weights: it is logged.
 */
export class MedmeshError<T extends { code: string } = { code: string }> extends Error {
  readonly type: T

  constructor(type: T, message?: string) {
    super(message ?? type.code)
    this.type = type
    this.name = new.target.name
  }

  /** One line for a human: the message, which already names what was wrong. */
  toLine(): string {
    return `${this.type.code}: ${this.message}`
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof MedmeshError) return err.toLine()
  if (err instanceof Error) return err.message
  return String(err)
}
