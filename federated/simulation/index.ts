export * from "./centralised.ts"
export * from "./compare.ts"
export * from "./evaluate.ts"
export * from "./simulateRounds.ts"
