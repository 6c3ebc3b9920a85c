import type { BundleExport, MinistryRecipient, SigningKey } from '@contract/bundles';

import { renderWithProviders } from '../users/test-providers';
import { BundlesPage } from './BundlesPage';

type Handlers = Record<string, (input: unknown) => unknown>;

/** The institution's signing key as the core shows it. */
export const signingKey: SigningKey = {
  keyId: '5A3C9E1B7D2F4068',
  fingerprint: '3f2a91c07d4e0b1a5c6d8e9f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
  publicKeyFile: 'untrusted comment: minisign public key 5A3C9E1B7D2F4068\nRWRoQH0ffTzaWjzZ9k6yMl3QZbWX3m6u6oFqf1xeTaQJ9cBNx5x5y5fq\n',
  createdAt: '2026-11-20T09:00:00.000Z',
};

export const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
export const MINISTRY_FINGERPRINT = 'c0ff ee12 3456 789a bcde f012 3456 789a bcde f012 3456 789a bcde f012 3456 789a';

/** The ministry keys the director set. */
export const ministry: MinistryRecipient = {
  recipient: RECIPIENT,
  fingerprint: MINISTRY_FINGERPRINT,
  receiptKeyId: '0123456789ABCDEF',
  setAt: '2026-11-21T10:30:00.000Z',
  setByName: 'Aynur Məmmədova',
};

/** An exported bundle, not yet acknowledged. */
export function bundle(sequence: number, overrides: Partial<BundleExport> = {}): BundleExport {
  return {
    sequence,
    createdAt: '2026-11-25T10:00:00.000Z',
    expiresAt: '2027-02-23T10:00:00.000Z',
    profile: 'named',
    includesSecret: false,
    fileName: `bak-ue-01-${String(sequence).padStart(6, '0')}.korpu`,
    size: 1_572_864,
    sha256: `${String(sequence).repeat(2)}${'a'.repeat(62)}`.slice(0, 64),
    manifestSha256: 'b'.repeat(64),
    counts: { residents: 120, progress_notes: 4210 },
    createdByName: 'Aynur Məmmədova',
    available: true,
    receipt: null,
    ...overrides,
  };
}

/** Renders the page over a core with keys set and two bundles in the history; `handlers` override. */
export function renderBundlesPage(handlers: Handlers = {}) {
  return renderWithProviders(<BundlesPage />, {
    'bundles.keys': () => ({ signingKey, ministry }),
    'bundles.history': () => [bundle(2), bundle(1, { profile: 'statistical' })],
    ...handlers,
  });
}

/** A call the test answers when it chooses (a long export). */
export function deferred() {
  let resolve!: (value: unknown) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<unknown>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}
