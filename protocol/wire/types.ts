/**
 * Wire message classes generated from protocol/wire/proto by `npm run proto:gen` (protobufjs
 * static module, uint64 as number). Import message types from here, never from gen/ directly.
 */
import "./numbers.ts"
import { medmesh } from "./gen/messages.js"

export const common = medmesh.common.v1
export const tx = medmesh.tx.v1
export const consensus = medmesh.consensus.v1
export const records = medmesh.records.v1
export const fl = medmesh.fl.v1

export type { medmesh }
