import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { TimelineEvent } from '@contract/timeline';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { TimelineSection } from './TimelineSection';

const item = (kind: ReferenceKind, code: string, az: string, en: string): ReferenceItem => ({
  kind,
  code,
  labels: { az, ru: az, en },
  meta: {},
  sortOrder: 0,
  retired: false,
});

const reference: ReferenceItem[] = [
  item('admission_source', 'family', 'Ailədən', 'From the family'),
  item('exit_type', 'kinship', 'Qohumların himayəsi', 'Kinship care'),
  item('exit_type', 'foster_family', 'Himayədar ailə', 'Foster family'),
  item('note_domain', 'health', 'Sağlamlıq', 'Health'),
];

/** Kamran's path, as the core answers it (oldest first), recorded by the director and a social worker. */
const director = 'Aynur Məmmədova';
const socialWorker = 'Leyla Quliyeva';
const events: TimelineEvent[] = [
  { date: '2024-09-02', kind: 'admission', event: 'admission', values: { sourceCode: 'family' }, refId: 's-1', recordedByName: null },
  { date: '2024-09-20', kind: 'plan', event: 'plan', values: {}, refId: 'pl-1', recordedByName: director },
  { date: '2024-10-01', kind: 'assessment', event: 'assessment', values: { scores: 2 }, refId: 'as-1', recordedByName: socialWorker },
  {
    date: '2025-01-15',
    kind: 'referral',
    event: 'referralRequested',
    values: { serviceName: 'Nəsimi günərzi qayğı mərkəzi' },
    refId: 'rf-1',
    recordedByName: null,
  },
  { date: '2025-03-10', kind: 'review', event: 'review', values: { nextReviewDate: '2025-09-10' }, refId: 'rv-1', recordedByName: null },
  { date: '2025-03-10', kind: 'note', event: 'note', values: { domainCode: 'health' }, refId: 'n-1', recordedByName: director },
  { date: '2025-03-10', kind: 'contact', event: 'contact', values: { kind: 'visit' }, refId: 'c-1', recordedByName: socialWorker },
  { date: '2026-06-01', kind: 'exit', event: 'exit', values: { exitTypeCode: 'kinship' }, refId: 's-1', recordedByName: director },
  { date: '2026-07-03', kind: 'follow_up', event: 'followUp', values: { outcome: 'at_risk' }, refId: 'fu-1', recordedByName: socialWorker },
  { date: '2026-08-01', kind: 'placement', event: 'placement', values: { typeCode: 'foster_family' }, refId: 'pc-2', recordedByName: director },
  { date: '2026-12-01', kind: 'follow_up', event: 'followUpDue', values: {}, refId: 'fu-2', recordedByName: null },
];

function renderTimeline(answer: TimelineEvent[] = events) {
  return renderWithProviders(<TimelineSection residentId="r-1" />, {
    'residents.timeline': () => answer,
    'reference.list': (input) => reference.filter((listed) => listed.kind === (input as { kind: ReferenceKind }).kind),
  });
}

/** The rows of the timeline, each as its cells' text. */
async function rows(name = 'Tarixçə') {
  const table = await screen.findByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
}

beforeAll(async () => {
  await initI18n('az');
});

afterEach(async () => {
  await i18next.changeLanguage('az');
});

describe("a child's timeline", () => {
  it('shows every event oldest first: date, kind, a sentence with labels for the codes, and who recorded it', async () => {
    const fake = renderTimeline();
    expect(await screen.findByText('Əlaqə: Görüş')).toBeInTheDocument();
    expect(inputsOf(fake, 'residents.timeline')).toEqual([{ residentId: 'r-1' }]);
    expect(await rows()).toEqual([
      // Blank where the record keeps no author (admission, referral, review) or the visit is still due.
      ['2 sentyabr 2024', 'Qəbul', 'Müəssisəyə qəbul (haradan: Ailədən)', ''],
      ['20 sentyabr 2024', 'Qayğı planı', 'Fərdi qayğı planı yaradıldı', director],
      ['1 oktyabr 2024', 'Qiymətləndirmə', 'Qiymətləndirmə aparıldı', socialWorker],
      ['15 yanvar 2025', 'Xidmətə göndəriş', 'Xidmətə göndəriş: Nəsimi günərzi qayğı mərkəzi', ''],
      ['10 mart 2025', 'Plana baxış', 'Plana baxıldı; növbəti baxış: 10 sentyabr 2025', ''],
      ['10 mart 2025', 'İnkişaf qeydi', 'İnkişaf qeydi (Sağlamlıq)', director],
      ['10 mart 2025', 'Görüş və əlaqə', 'Əlaqə: Görüş', socialWorker],
      ['1 iyun 2026', 'Müəssisədən ayrılma', 'Müəssisədən ayrılma: Qohumların himayəsi', director],
      ['3 iyul 2026', 'İzləmə görüşü', 'İzləmə görüşü: yerləşdirmə risk altındadır', socialWorker],
      ['1 avqust 2026', 'Yerləşdirmə', 'Yerləşdirmə: Himayədar ailə', director],
      ['1 dekabr 2026', 'İzləmə görüşü', 'İzləmə görüşü nəzərdə tutulub', ''],
    ]);
  });

  it('filters by kind with a labelled group of checkboxes, "All" bringing every kind back', async () => {
    renderTimeline();
    const filter = await screen.findByRole('group', { name: 'Hadisələrin növləri' });
    // "All" and the ten kinds Kamran's record has.
    expect(within(filter).getAllByRole('checkbox')).toHaveLength(11);
    expect(within(filter).getByRole('checkbox', { name: 'Hamısı' })).toBeChecked();

    await userEvent.click(within(filter).getByRole('checkbox', { name: 'Hamısı' }));
    expect(within(filter).getByRole('checkbox', { name: 'İzləmə görüşü' })).not.toBeChecked();
    expect(screen.getByText('Seçilmiş növlərdə hadisə yoxdur.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await userEvent.click(within(filter).getByRole('checkbox', { name: 'İzləmə görüşü' }));
    await userEvent.click(within(filter).getByRole('checkbox', { name: 'Müəssisədən ayrılma' }));
    expect((await rows()).map(([date, , sentence]) => [date, sentence])).toEqual([
      ['1 iyun 2026', 'Müəssisədən ayrılma: Qohumların himayəsi'],
      ['3 iyul 2026', 'İzləmə görüşü: yerləşdirmə risk altındadır'],
      ['1 dekabr 2026', 'İzləmə görüşü nəzərdə tutulub'],
    ]);
    expect(within(filter).getByRole('checkbox', { name: 'Hamısı' })).not.toBeChecked();

    await userEvent.click(within(filter).getByRole('checkbox', { name: 'İzləmə görüşü' }));
    expect(await rows()).toHaveLength(1);
    await userEvent.click(within(filter).getByRole('checkbox', { name: 'Hamısı' }));
    expect(await rows()).toHaveLength(11);
    expect(within(filter).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
  });

  it('offers only the kinds the record has', async () => {
    renderTimeline(events.slice(0, 3));
    const filter = await screen.findByRole('group', { name: 'Hadisələrin növləri' });
    // "All", admission, plan and assessment.
    expect(within(filter).getAllByRole('checkbox')).toHaveLength(4);
    expect(within(filter).queryByRole('checkbox', { name: 'İzləmə görüşü' })).not.toBeInTheDocument();
    expect(within(filter).getByRole('checkbox', { name: 'Qiymətləndirmə' })).toBeChecked();
  });

  it('says when nothing has been recorded for the child', async () => {
    renderTimeline([]);
    expect(await screen.findByText('Bu uşaq üçün hələ heç nə qeydə alınmayıb.')).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('speaks English when the UI does', async () => {
    await i18next.changeLanguage('en');
    renderTimeline();
    const filter = await screen.findByRole('group', { name: 'Kinds of events' });
    expect(within(filter).getByRole('checkbox', { name: 'All' })).toBeChecked();
    await userEvent.click(within(filter).getByRole('checkbox', { name: 'All' }));
    await userEvent.click(within(filter).getByRole('checkbox', { name: 'Admission' }));
    expect(await rows('Timeline')).toEqual([['September 2, 2024', 'Admission', 'Admitted to the institution (from: From the family)', '']]);
  });
});
