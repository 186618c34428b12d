import { MedmeshError } from "../common/errors.ts"

export type NodeErrorType =
  | { code: "NODE_P2P_PORT_IN_USE"; address: string }
  | { code: "NODE_P2P_LISTEN_FAILED"; address: string; reason: string }
  | { code: "NODE_NOT_INITIALISED" }

/** The daemon could not start (beyond config, key and consortium errors, which have their own types). */
export class NodeError extends MedmeshError<NodeErrorType> {}
