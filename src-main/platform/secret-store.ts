/**
 * Keeps small secrets (the database key, later signing keys) outside the database.
 * In the app: Electron safeStorage (OS keychain). In CLI, preview and tests: a 0600 file store.
 */
export type SecretStore = {
  /** A short description for messages and logs, e.g. "file store (unprotected)". */
  readonly kind: string;
  get(name: SecretName): Promise<Buffer | null>;
  set(name: SecretName, value: Buffer): Promise<void>;
  remove(name: SecretName): Promise<void>;
};

/** Names of secrets; a closed list so a typo cannot create a second key. */
export type SecretName = 'database-key';

/**
 * The app's store: the OS keychain, which also takes over a key that `npm run cli -- recover`
 * left in the file store (the CLI cannot reach the keychain): the key moves into the keychain and
 * the file is removed, so after a recovery the app starts with its records.
 */
export function importingSecretStore(primary: SecretStore, legacy: SecretStore): SecretStore {
  return {
    kind: primary.kind,
    async get(name) {
      const value = await primary.get(name);
      if (value !== null) {
        return value;
      }
      const left = await legacy.get(name);
      if (left === null) {
        return null;
      }
      await primary.set(name, left);
      await legacy.remove(name);
      return left;
    },
    set: (name, value) => primary.set(name, value),
    async remove(name) {
      await primary.remove(name);
      await legacy.remove(name);
    },
  };
}
