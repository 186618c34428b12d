import { MedmeshError } from "../../common/errors.ts"

/** Why an ONNX graph or a call into one was refused. Metadata names tensors, never holds values. */
export type OnnxGraphErrorType =
  | { code: "ONNX_MODEL_UNREADABLE"; reason: string }
  | { code: "ONNX_INPUT_MISSING"; name: string }
  | { code: "ONNX_OUTPUT_MISSING"; name: string }
  | { code: "ONNX_UNEXPECTED_INPUT"; name: string }
  | { code: "ONNX_TENSOR_TYPE"; name: string; expected: string; actual: string }
  | { code: "ONNX_TENSOR_SHAPE"; name: string; expected: string; actual: string }
  | { code: "ONNX_WEIGHTS_LENGTH"; name: string; expected: number; actual: number }
  | { code: "ONNX_BATCH_SHAPE"; rows: number; features: number; xLength: number; yLength: number }
  | { code: "ONNX_PROXIMAL_MISMATCH"; graphIsProximal: boolean }
  | { code: "ONNX_BAD_OPTION"; option: string; reason: string }
  | { code: "ONNX_GRAPH_TOO_LARGE"; bytes: number; limit: number }
  | { code: "ONNX_GRAPH_NOT_ALLOWED"; rule: string; detail: string }
  | { code: "ONNX_EXTERNAL_DATA"; name: string }
  | { code: "ONNX_HASH_MISMATCH"; expected: string; actual: string }
  | { code: "ONNX_FEATURES_MISMATCH"; expected: number; actual: number }
  | { code: "ONNX_DRY_RUN_FAILED"; graph: string; reason: string }

export class OnnxGraphError extends MedmeshError<OnnxGraphErrorType> {}
