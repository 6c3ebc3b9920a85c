import { exportProfiles, payloadSchemas } from '@contract/bundle-payload';
import { exportStages, receiptStatuses } from '@contract/bundles';
import { describe, expect, it } from 'vitest';

import az from './messages/az.json';
import en from './messages/en.json';
import ru from './messages/ru.json';

describe('export words in every language', () => {
  it.each([
    ['az', az],
    ['ru', ru],
    ['en', en],
  ])('%s names and explains every profile, every stage and every receipt status', (_language, messages) => {
    const { export: exporting, history } = messages.bundles;
    expect(exportProfiles.filter((profile) => !(profile in exporting.profiles) || !(profile in exporting.profileHints))).toEqual([]);
    expect(exportStages.filter((stage) => !(stage in exporting.stages))).toEqual([]);
    expect(receiptStatuses.filter((status) => !(status in history.receipt))).toEqual([]);
    const tables = new Set(exportProfiles.flatMap((profile) => Object.keys(payloadSchemas[profile])));
    expect([...tables].filter((table) => !(table in messages.bundles.tables))).toEqual([]);
  });
});
