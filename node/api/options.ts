export type ApiOptions = {
  enabled: boolean
  /** loopback by default: the API is for the CLI and local clients, not the network */
  host: string
  port: number
}

export const defaultApiOptions: ApiOptions = { enabled: true, host: "127.0.0.1", port: 7480 }
