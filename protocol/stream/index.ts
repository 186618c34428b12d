export * from "./errors.ts"
export * from "./framing.ts"
export * from "./requestResponse.ts"
export * from "./service.ts"
