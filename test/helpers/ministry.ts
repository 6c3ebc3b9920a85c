import { generateX25519Identity, identityToRecipient } from 'age-encryption';

import type { Receipt } from '../../src-main/contract/bundle-manifest';
import type { SigningKeyPair } from '../../src-main/services/bundles/format/minisign';
import { generateKeyPair, publicKeyFile } from '../../src-main/services/bundles/format/minisign';
import { writeReceipt } from '../../src-main/services/bundles/format/receipt-file';

/** A stand-in for the ministry in tests: its age identity, receipt key and public-key file. */
export type TestMinistry = {
  identity: string;
  recipient: string;
  receiptKey: SigningKeyPair;
  /** The ministry's public-key file as institutions import it. */
  keyFile: string;
  receipt(fields: Omit<Receipt, 'format' | 'formatVersion'>): Buffer;
};

export async function testMinistry(): Promise<TestMinistry> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const receiptKey = generateKeyPair();
  const keyFile = JSON.stringify({ format: 'korpu-ministry-keys', formatVersion: 1, recipient, receiptPublicKey: publicKeyFile(receiptKey) }, null, 2);
  return {
    identity,
    recipient,
    receiptKey,
    keyFile,
    receipt: (fields) => writeReceipt({ format: 'korpu-receipt', formatVersion: 1, ...fields }, receiptKey),
  };
}
