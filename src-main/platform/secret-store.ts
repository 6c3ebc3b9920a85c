/**
 * Keeps small secrets (the database key, later signing keys) outside the database.
 * In the app: Electron safeStorage (OS keychain). In CLI, preview and tests: a 0600 file store.
 */
export type SecretStore = {
  /** A short description for messages and logs, e.g. "file store (unprotected)". */
  readonly kind: string;
  get(name: SecretName): Promise<Buffer | null>;
  set(name: SecretName, value: Buffer): Promise<void>;
};

/** Names of secrets; a closed list so a typo cannot create a second key. */
export type SecretName = 'database-key';
