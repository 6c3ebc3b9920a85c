import { BUNDLE_MEMBERS } from '../../src-main/contract/bundle-manifest';
import { bufferSource, readMember, readZipEntries, writeZip } from '../../src-main/services/bundles/format/zip';

/** The members of a bundle by name (structure checked, not the signature). */
export function bundleMembers(bytes: Uint8Array): Record<(typeof BUNDLE_MEMBERS)[number], Buffer> {
  const source = bufferSource(bytes);
  const entries = readZipEntries(source, { names: BUNDLE_MEMBERS, maxSize: () => 2 ** 31 });
  const [manifest, signature, payload] = entries.map((entry) => readMember(source, entry));
  return { 'manifest.json': manifest!, 'manifest.json.minisig': signature!, 'payload.age': payload! };
}

/** A well-formed zip of a bundle with some members replaced: what a forger would make. */
export function rezip(bytes: Uint8Array, changes: Partial<Record<(typeof BUNDLE_MEMBERS)[number], (data: Buffer) => Buffer>>): Buffer {
  const members = bundleMembers(bytes);
  return writeZip(BUNDLE_MEMBERS.map((name) => ({ name, data: changes[name]?.(members[name]) ?? members[name] })));
}
