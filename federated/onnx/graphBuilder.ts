import onnxProtoPackage from "onnx-proto"
import type { onnx as OnnxSchema } from "onnx-proto"

/** The ONNX protobuf schema (onnx-proto is CommonJS, so it comes in through its default export). */
export const onnx = onnxProtoPackage.onnx

/**
 * Opset the built-in graphs target. 13 is old enough for every ONNX Runtime release we may meet
 * and new enough for ReduceSum's `axes` input; ReduceMean still takes `axes` as an attribute here.
 */
export const BUILTIN_OPSET = 13
/** IR version paired with opset 13 (ONNX versioning table). */
export const BUILTIN_IR_VERSION = 7

/** A dimension: a fixed size, or a symbolic name such as "batch". */
export type Dim = number | string

/** Node attributes the built-in graphs need: integers and lists of integers. */
export type NodeAttributes = Record<string, number | readonly number[]>

const FLOAT = onnx.TensorProto.DataType.FLOAT
const INT64 = onnx.TensorProto.DataType.INT64

function valueInfo(name: string, elemType: number, dims: readonly Dim[]): OnnxSchema.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  }
}

function attribute(name: string, value: number | readonly number[]): OnnxSchema.IAttributeProto {
  if (typeof value === "number") return { name, type: onnx.AttributeProto.AttributeType.INT, i: value }
  return { name, type: onnx.AttributeProto.AttributeType.INTS, ints: [...value] }
}

/**
 * Accumulates one ONNX graph: named inputs/outputs, constant initializers and nodes whose output
 * names are generated (`MatMul_3`) unless given. Everything is float32 except int64 constants
 * used for shapes and axes.
 */
export class GraphBuilder {
  private readonly inputs: OnnxSchema.IValueInfoProto[] = []
  private readonly outputs: OnnxSchema.IValueInfoProto[] = []
  private readonly nodes: OnnxSchema.INodeProto[] = []
  private readonly initializers: OnnxSchema.ITensorProto[] = []
  private readonly constants = new Map<string, string>()
  private readonly graphName: string
  private counter = 0

  constructor(graphName: string) {
    this.graphName = graphName
  }

  input(name: string, dims: readonly Dim[]): string {
    this.inputs.push(valueInfo(name, FLOAT, dims))
    return name
  }

  /** Declares `name` a graph output, renaming the value through an Identity node if needed. */
  output(name: string, value: string, dims: readonly Dim[]): void {
    if (value !== name) this.node("Identity", [value], {}, name)
    this.outputs.push(valueInfo(name, FLOAT, dims))
  }

  /** A float32 constant (deduplicated by value). */
  floats(values: readonly number[], dims: readonly number[], name?: string): string {
    return this.constant(FLOAT, values, dims, name)
  }

  /** An int64 constant, for shapes, axes and indices. */
  int64s(values: readonly number[], dims: readonly number[]): string {
    return this.constant(INT64, values, dims)
  }

  /** Adds a node; returns the name of its (first) output. */
  node(opType: string, inputs: readonly string[], attrs: NodeAttributes = {}, outputName?: string): string {
    const out = outputName ?? `${opType}_${this.counter++}`
    this.nodes.push({
      opType,
      name: `${out}_node`,
      input: [...inputs],
      output: [out],
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    })
    return out
  }

  toGraph(): OnnxSchema.IGraphProto {
    return {
      name: this.graphName,
      input: this.inputs,
      output: this.outputs,
      node: this.nodes,
      initializer: this.initializers,
    }
  }

  private constant(dataType: number, values: readonly number[], dims: readonly number[], name?: string): string {
    const key = `${dataType}|${dims.join("x")}|${values.join(",")}`
    const known = name === undefined ? this.constants.get(key) : undefined
    if (known !== undefined) return known
    const tensorName = name ?? `const_${this.counter++}`
    const tensor: OnnxSchema.ITensorProto = { name: tensorName, dataType, dims: [...dims] }
    if (dataType === FLOAT) tensor.rawData = floatsToLittleEndian(values)
    else tensor.int64Data = [...values]
    this.initializers.push(tensor)
    if (name === undefined) this.constants.set(key, tensorName)
    return tensorName
  }
}

/** Raw little-endian float32 bytes, the compact form ONNX uses for large initializers. */
export function floatsToLittleEndian(values: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(values.length * 4)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true)
  return bytes
}

export type ModelMetadata = Readonly<Record<string, string>>

/** Wraps a graph into a ModelProto and encodes it. */
export function encodeModel(
  graph: OnnxSchema.IGraphProto,
  opts: { docString?: string; metadata?: ModelMetadata } = {},
): Uint8Array {
  const model: OnnxSchema.IModelProto = {
    irVersion: BUILTIN_IR_VERSION,
    opsetImport: [{ domain: "", version: BUILTIN_OPSET }],
    producerName: "medmesh",
    producerVersion: "0.1.0",
    docString: opts.docString ?? "",
    graph,
    metadataProps: Object.entries(opts.metadata ?? {}).map(([key, value]) => ({ key, value })),
  }
  return onnx.ModelProto.encode(model).finish()
}

/** Decodes an ONNX model; throws protobufjs' error on malformed bytes. */
export function decodeModel(bytes: Uint8Array): OnnxSchema.ModelProto {
  return onnx.ModelProto.decode(bytes)
}
