/**
 * Keeps small secrets (the database key, the institution's bundle signing key) outside the database.
 * In the app: Electron safeStorage (OS keychain). In CLI, preview and tests: a 0600 file store.
 */
export type SecretStore = {
  /** A short description for messages and logs, e.g. "file store (unprotected)". */
  readonly kind: string;
  get(name: SecretName): Promise<Buffer | null>;
  set(name: SecretName, value: Buffer): Promise<void>;
  remove(name: SecretName): Promise<void>;
};

/**
 * Names of secrets; a closed list so a typo cannot create a second key. `signing-key-next` holds a
 * rotation's new signing key until the rotation is recorded and the key takes `signing-key`'s place.
 */
export type SecretName = 'database-key' | 'signing-key' | 'signing-key-next' | 'ministry-identity' | 'ministry-receipt-key';

/**
 * The app's store: the OS keychain, which also takes over a key that `npm run cli -- recover`
 * left in the file store (the CLI cannot reach the keychain): the key moves into the keychain and
 * the file is removed, so after a recovery the app starts with its records. A recovered key wins
 * over the keychain's copy: after a data folder was copied from another machine, that copy is the
 * old machine's and this OS cannot open it — which is exactly why the director ran the recovery.
 */
export function importingSecretStore(primary: SecretStore, legacy: SecretStore): SecretStore {
  return {
    kind: primary.kind,
    async get(name) {
      const recovered = await legacy.get(name);
      if (recovered === null) {
        return primary.get(name);
      }
      await primary.set(name, recovered);
      await legacy.remove(name);
      return recovered;
    },
    set: (name, value) => primary.set(name, value),
    async remove(name) {
      await primary.remove(name);
      await legacy.remove(name);
    },
  };
}
