/**
 * node/'s public API: what cli/ and tests use. `createNode(options, modules?)` returns an
 * initialised, running node; `await node.close()` stops it.
 */
import { MedmeshNode, type NodeModules } from "./node.ts"
import type { NodeOptions } from "./options.ts"

export async function createNode(options: NodeOptions, modules: NodeModules = {}): Promise<MedmeshNode> {
  const node = new MedmeshNode(options, modules)
  await node.init()
  return node
}

export { MedmeshNode, NodeError, STORE_DIR } from "./node.ts"
export type { HealthReport, NodeModules, ProtocolContext, ProtocolRegistration, NodeErrorType } from "./node.ts"
export * from "./options.ts"
export * from "./config.ts"
export * from "./logger.ts"
export * from "./identity/index.ts"
export * from "./consortium/index.ts"
export * from "./init.ts"
export { MEDMESH_VERSION } from "./version.ts"
export { ApiError } from "./api/server.ts"
export { MedmeshError, errorMessage } from "../common/errors.ts"
