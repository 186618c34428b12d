/** Where the node key's passphrase comes from, when the key file is encrypted. */
export type PassphraseOptions = {
  /** environment variable holding the passphrase */
  env: string
  /** file holding the passphrase (first line); wins over `env` when set */
  file?: string
}

export const PASSPHRASE_ENV_DEFAULT = "MEDMESH_PASSPHRASE"
export const defaultPassphraseOptions: PassphraseOptions = { env: PASSPHRASE_ENV_DEFAULT }
