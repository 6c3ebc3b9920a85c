import { calendarDate } from '../../contract/dates';
import { parseMinistryKeys } from '../bundles/ministry-keys';
import type { HandlerMap } from '../context';
import { importUploads } from './import-job';
import { importHistory, importReportFile } from './import-report';
import { getMinistry, ministryKeyFileText } from './installation';
import { institutionDetail } from './institution-detail';
import { nationalOverview } from './overview/national-overview';
import { summaryPdf } from './overview/summary-pdf';
import { receiptFor } from './receipts';
import { revokeKey } from './registry';
import { enrolConfirmed, readKeyText, rotateConfirmed } from './registry-keys';
import { listRegistry } from './registry-view';
import { receiveChunk } from './uploads';

type MinistryProcedures =
  | 'ministry.keys'
  | 'ministry.exportKeyFile'
  | 'ministry.registry'
  | 'ministry.inspectPublicKey'
  | 'ministry.enrol'
  | 'ministry.rotateKey'
  | 'ministry.revokeKey'
  | 'ministry.upload'
  | 'ministry.import'
  | 'ministry.importHistory'
  | 'ministry.importReport'
  | 'ministry.receipt'
  | 'ministry.overview'
  | 'ministry.institution'
  | 'ministry.summaryPdf';

const asDownload = (fileName: string, content: string | Buffer) => ({ fileName, contentBase64: Buffer.from(content).toString('base64') });

/** The ministry's installation: its keys, the registry, imports and the national overview. */
export const ministryHandlers: HandlerMap<MinistryProcedures> = {
  'ministry.keys': (_input, { deps }) => {
    const ministry = getMinistry(deps.db);
    const { keys } = parseMinistryKeys(ministryKeyFileText(deps.db));
    return { name: ministry.name, recipient: keys.recipient, fingerprint: keys.fingerprint, receiptKeyId: keys.receiptKeyId ?? '', createdAt: ministry.createdAt };
  },
  'ministry.exportKeyFile': (_input, { deps }) => asDownload('korpu-ministry-keys.json', ministryKeyFileText(deps.db)),
  'ministry.registry': (_input, { deps }) => listRegistry(deps.db, deps.clock.now()),
  'ministry.inspectPublicKey': (input, { deps }) => {
    getMinistry(deps.db);
    return readKeyText(input.text).facts;
  },
  'ministry.enrol': (input, { deps, actor }) => enrolConfirmed(deps, actor, input),
  'ministry.rotateKey': (input, { deps, actor }) => rotateConfirmed(deps, actor, input),
  'ministry.revokeKey': (input, { deps, actor }) => {
    revokeKey(deps, actor, input.keyId, new Date(`${input.from}T00:00:00.000Z`));
    return { ok: true };
  },
  'ministry.upload': (input, { deps }) => {
    getMinistry(deps.db);
    return { received: receiveChunk(deps, input.uploadId, input.offset, Buffer.from(input.contentBase64, 'base64')) };
  },
  'ministry.import': (input, { deps, emit }) => {
    getMinistry(deps.db);
    return importUploads(deps, input, (progress) => emit('import.progress', progress));
  },
  'ministry.importHistory': (_input, { deps }) => {
    getMinistry(deps.db);
    return importHistory(deps.dataDir);
  },
  'ministry.importReport': (input, { deps }) => {
    getMinistry(deps.db);
    const report = importReportFile(deps.dataDir, input.format, calendarDate(deps.clock.now()));
    return asDownload(report.fileName, report.content);
  },
  'ministry.receipt': async (input, { deps, caller }) => {
    const { receipt, bytes } = await receiptFor(deps, input.sha256, caller?.language ?? deps.defaultLanguage);
    return asDownload(`${receipt.institutionCode}-${receipt.sequence}.korpu-receipt`, bytes);
  },
  'ministry.overview': (input, { deps }) => nationalOverview(deps.db, { today: calendarDate(deps.clock.now()), months: input.months }),
  'ministry.institution': (input, { deps }) => institutionDetail(deps.db, input.code, calendarDate(deps.clock.now())),
  'ministry.summaryPdf': async (input, { deps }) => {
    const file = await summaryPdf(deps, { months: input.months, language: input.language });
    return asDownload(file.fileName, file.bytes);
  },
};
