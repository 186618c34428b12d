import { MedmeshError } from "../../common/errors.ts"

export type ApiErrorType = { code: "API_PORT_IN_USE"; host: string; port: number } | { code: "API_LISTEN_FAILED"; host: string; port: number; reason: string }
export class ApiError extends MedmeshError<ApiErrorType> {}
