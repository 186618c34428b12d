/**
 * Reflection over the .proto files (protobufjs full build), for tests and the vector script:
 * walk every field of a message type, convert messages to and from JSON with bytes as hex.
 */
import { join } from "node:path"
import protobuf from "protobufjs"

const PROTO_ROOT = join(import.meta.dirname, "..", "..", "protocol", "wire", "proto")
const FILES = ["common", "tx", "consensus", "records", "fl"].map((a) => `medmesh/${a}/v1/${a}.proto`)

let cached: protobuf.Root | undefined
export function protoRoot(): protobuf.Root {
  if (cached === undefined) {
    const root = new protobuf.Root()
    root.resolvePath = (_origin, target) => join(PROTO_ROOT, target)
    root.loadSync(FILES)
    root.resolveAll()
    cached = root
  }
  return cached
}

export function messageType(fullName: string): protobuf.Type {
  return protoRoot().lookupType(fullName)
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

function scalarToJson(field: protobuf.Field, v: unknown): Json {
  if (field.type === "bytes") return Buffer.from(v as Uint8Array).toString("hex")
  if (field.resolvedType instanceof protobuf.Type) return messageToJson(field.resolvedType, v as Record<string, unknown>)
  return v as Json
}

/** Fields in field-number order; bytes as hex, enums as numbers, unset fields left out. */
export function messageToJson(type: protobuf.Type, m: Record<string, unknown>): { [k: string]: Json } {
  const out: { [k: string]: Json } = {}
  for (const field of [...type.fieldsArray].sort((a, b) => a.id - b.id)) {
    const v = m[field.name]
    if (v == null) continue
    out[field.name] = field.repeated ? (v as unknown[]).map((x) => scalarToJson(field, x)) : scalarToJson(field, v)
  }
  return out
}

function scalarFromJson(field: protobuf.Field, v: Json): unknown {
  if (field.type === "bytes") return new Uint8Array(Buffer.from(v as string, "hex"))
  if (field.resolvedType instanceof protobuf.Type) return messageFromJson(field.resolvedType, v as { [k: string]: Json })
  return v
}

export function messageFromJson(type: protobuf.Type, j: { [k: string]: Json }): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of type.fieldsArray) {
    if (!Object.hasOwn(j, field.name)) continue
    const v = j[field.name]
    out[field.name] = field.repeated ? (v as Json[]).map((x) => scalarFromJson(field, x)) : scalarFromJson(field, v)
  }
  return out
}

export type Mutation = { path: (string | number)[]; describe: string; mutate: (old: unknown) => unknown }

const NUMERIC = new Set(["double", "float", "int32", "uint32", "sint32", "fixed32", "sfixed32", "int64", "uint64", "sint64", "fixed64", "sfixed64"])

function scalarMutation(field: protobuf.Field): { describe: string; mutate: (old: unknown) => unknown } {
  if (field.type === "bytes") {
    return {
      describe: "one byte flipped",
      mutate: (old) => {
        const b = new Uint8Array(old as Uint8Array)
        b[b.length - 1] ^= 0x01
        return b
      },
    }
  }
  if (field.type === "string") return { describe: "one character changed", mutate: (old) => (old as string).slice(0, -1) + ((old as string).endsWith("x") ? "y" : "x") }
  if (field.type === "bool") return { describe: "flipped", mutate: (old) => !(old as boolean) }
  if (field.resolvedType instanceof protobuf.Enum) return { describe: "enum changed", mutate: (old) => (old as number) + 1 }
  if (NUMERIC.has(field.type)) return { describe: "+1", mutate: (old) => (old as number) + 1 }
  throw new Error(`no mutation for field type ${field.type}`)
}

/**
 * One mutation per populated leaf field (recursively, every element of repeated fields, plus
 * dropping the last element). `unset` collects fields left at their default, which a vector must
 * not do (except oneof members other than the chosen one), or the field goes untested.
 */
export function fieldMutations(type: protobuf.Type, m: Record<string, unknown>, skip: (path: (string | number)[]) => boolean, prefix: (string | number)[] = [], unset: string[] = []): Mutation[] {
  const out: Mutation[] = []
  for (const field of type.fieldsArray) {
    const path = [...prefix, field.name]
    if (skip(path)) continue
    const v = m[field.name]
    const isDefault = v == null || (field.repeated && (v as unknown[]).length === 0) || v === "" || v === 0 || v === false || (v instanceof Uint8Array && v.length === 0)
    if (isDefault) {
      const otherOneofMember = field.partOf !== null && field.partOf.oneof.some((n) => n !== field.name && m[n] != null)
      if (!otherOneofMember) unset.push(path.join("."))
      continue
    }
    const leaf = (p: (string | number)[], value: unknown): void => {
      if (field.resolvedType instanceof protobuf.Type) out.push(...fieldMutations(field.resolvedType, value as Record<string, unknown>, skip, p, unset))
      else {
        const { describe, mutate } = scalarMutation(field)
        out.push({ path: p, describe, mutate })
      }
    }
    if (field.repeated) {
      const items = v as unknown[]
      items.forEach((item, i) => leaf([...path, i], item))
      out.push({ path, describe: "last element dropped", mutate: (old) => (old as unknown[]).slice(0, -1) })
    } else leaf(path, v)
  }
  return out
}

/** A deep copy with the value at `path` replaced by `mutate(old)`. */
export function applyMutation<T>(message: T, mutation: Mutation): T {
  const copy = structuredClone(message) as Record<string | number, unknown>
  let node = copy as Record<string | number, unknown>
  for (const key of mutation.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = mutation.path[mutation.path.length - 1]
  node[last] = mutation.mutate(node[last])
  return copy as T
}
