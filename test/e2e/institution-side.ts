/*
 * What the ministry E2E asks of an institution's own installation, run as a separate program (the
 * E2E's loader cannot load the core, which imports JSON): `in-residence DIR` prints how many children
 * its records hold in residence; `import-receipt DIR FILE` imports a ministry receipt as the export
 * page does, and prints the acknowledged bundle as JSON.
 */
import { readFileSync } from 'node:fs';

import { importReceipt } from '../../src-main/services/bundles/receipts';
import { openNodeCore } from '../../src-main/services/node-host';

const [command, dataDir, file] = process.argv.slice(2);
const core = await openNodeCore(dataDir!);
try {
  if (command === 'in-residence') {
    process.stdout.write(`${String(core.deps.db.$client.prepare('SELECT count(DISTINCT resident_id) FROM stays WHERE exit_date IS NULL').pluck().get())}\n`);
  } else if (command === 'import-receipt') {
    process.stdout.write(`${JSON.stringify(importReceipt(core.deps, { userId: null, login: null, procedure: 'e2e.receipt' }, readFileSync(file!)))}\n`);
  } else {
    throw new Error(`unknown command ${command}`);
  }
} finally {
  core.close();
}
