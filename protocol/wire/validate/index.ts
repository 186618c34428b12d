/** validateBasic for every wire message: stateless checks run on every decoded message before any logic sees it. */
export * from "./common.ts"
export * from "./consensus.ts"
export * from "./tx.ts"
export * from "./records.ts"
export * from "./fl.ts"
export { ORG_ID_PATTERN, COUNTRY_PATTERN, CHAIN_ID_PATTERN, CODE_PATTERN, PEER_ID_PATTERN, isOrgId, isCountryCode, isChainId } from "./check.ts"
