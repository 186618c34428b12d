/**
 * node/'s public API: what cli/ and tests use. `createNode(options, modules?)` returns an
 * initialised, running node; `await node.close()` stops it.
 */
import type { MedmeshNode, NodeModules } from "./node.ts"
import type { NodeOptions } from "./options.ts"

/**
 * Creates and initialises a node. node.ts (libp2p, level, prom-client) is loaded on first use,
 * so CLI commands that never start a node (init, status, --help) start fast.
 */
export async function createNode(options: NodeOptions, modules: NodeModules = {}): Promise<MedmeshNode> {
  const { MedmeshNode } = await import("./node.ts")
  const node = new MedmeshNode(options, modules)
  await node.init()
  return node
}

export { NodeError, type NodeErrorType } from "./errors.ts"
export type { MedmeshNode, HealthReport, NodeModules, ProtocolContext, ProtocolRegistration } from "./node.ts"
export * from "./options.ts"
export * from "./config.ts"
export * from "./logger.ts"
export * from "./identity/index.ts"
export * from "./consortium/index.ts"
export * from "./init.ts"
export { MEDMESH_VERSION } from "./version.ts"
export { ApiError } from "./api/errors.ts"
export { MedmeshError, errorMessage } from "../common/errors.ts"
