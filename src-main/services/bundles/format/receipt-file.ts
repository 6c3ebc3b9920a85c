import type { Receipt } from '../../../contract/bundle-manifest';
import { RECEIPT_MEMBERS, receiptSchema, receiptTrustedComment } from '../../../contract/bundle-manifest';
import type { PublicKey, SigningKeyPair } from './minisign';
import { sign, verify } from './minisign';
import { bufferSource, readMember, readZipEntries, writeZip } from './zip';

/** A receipt file: `receipt.json` and its minisign signature, in the same canonical zip as bundles. */
export function writeReceipt(receipt: Receipt, key: SigningKeyPair): Buffer {
  const json = Buffer.from(`${JSON.stringify(receiptSchema.parse(receipt), null, 2)}\n`, 'utf8');
  const signature = sign(key, json, receiptTrustedComment(receipt), `Körpü receipt for bundle ${receipt.sequence}`.replace(/[^\x20-\x7e]/g, '?'));
  return writeZip([
    { name: 'receipt.json', data: json },
    { name: 'receipt.json.minisig', data: Buffer.from(signature, 'utf8') },
  ]);
}

/** Reads and verifies a receipt file with the ministry's receipt key; throws with the reason. */
export function readReceipt(bytes: Uint8Array, key: PublicKey): Receipt {
  const source = bufferSource(bytes);
  const [json, signature] = readZipEntries(source, { names: RECEIPT_MEMBERS, maxSize: () => 64 * 1024 }).map((entry) => readMember(source, entry));
  const comment = verify(key, json!, signature!.toString('utf8'));
  const receipt = receiptSchema.parse(JSON.parse(json!.toString('utf8')));
  if (comment !== receiptTrustedComment(receipt)) {
    throw new Error('The signed comment does not name this receipt');
  }
  return receipt;
}
