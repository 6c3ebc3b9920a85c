import type { HandlerMap } from '../context';
import { cancelExport, exportBundle } from './export-job';
import { bundleFile, listExports } from './history';
import { signingKeyPair, signingKeyView } from './keys';
import { ministryView, parseMinistryKeys, setMinistryKeys } from './ministry-keys';
import { importReceipt } from './receipts';
import { prewarmExportWorker } from './worker/spawn';

type BundleProcedures =
  | 'bundles.keys'
  | 'bundles.exportPublicKey'
  | 'bundles.inspectMinistryKeys'
  | 'bundles.setMinistryKeys'
  | 'bundles.export'
  | 'bundles.cancelExport'
  | 'bundles.history'
  | 'bundles.download'
  | 'bundles.importReceipt';

/** Keys, exports and receipts of the bundles sent to the ministry. */
export const bundlesHandlers: HandlerMap<BundleProcedures> = {
  'bundles.keys': async (_input, { deps, actor }) => {
    // The director is on the export page: have a worker ready before they click Export.
    prewarmExportWorker();
    return { signingKey: signingKeyView(deps.db, await signingKeyPair(deps, actor)), ministry: ministryView(deps.db) };
  },
  'bundles.exportPublicKey': async (_input, { deps, actor }) => {
    const view = signingKeyView(deps.db, await signingKeyPair(deps, actor));
    return { fileName: `korpu-${view.keyId}.pub`, contentBase64: Buffer.from(view.publicKeyFile, 'utf8').toString('base64') };
  },
  'bundles.inspectMinistryKeys': (input) => parseMinistryKeys(input.text).keys,
  'bundles.setMinistryKeys': (input, { deps, actor }) => setMinistryKeys(deps, actor, input.text, input.confirmedFingerprint),
  'bundles.export': (input, { deps, actor, emit }) => exportBundle(deps, actor, input, (progress) => emit('job.progress', progress)),
  'bundles.cancelExport': (input, { deps }) => {
    cancelExport(deps, input.jobId);
    return { ok: true };
  },
  'bundles.history': (_input, { deps }) => listExports(deps),
  'bundles.download': (input, { deps }) => {
    const file = bundleFile(deps, input.sequence);
    return { fileName: file.fileName, contentBase64: file.bytes.toString('base64') };
  },
  'bundles.importReceipt': (input, { deps, actor }) => importReceipt(deps, actor, Buffer.from(input.contentBase64, 'base64')),
};
