import type { Assessment } from '@contract/assessments';
import type { Role } from '@contract/common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { AssessmentsSection } from './AssessmentsSection';
import { assessment, dialogClosed, dialogNamed, fill, record, renderSection, score } from './pathway-fixtures';

/** Two assessments, newest first as the core lists them; the next was due long ago. */
const history: Assessment[] = [
  assessment('a-2', '2026-11-20', [
    ['health', 4],
    ['education', 3, 'Vurma cədvəlini öyrənib.'],
  ], { summary: 'Uşaq yeni mühitə uyğunlaşıb.', assessorName: 'Leyla Həsənova' }),
  assessment('a-1', '2026-05-10', [
    ['education', 2, 'Riyaziyyatda geri qalır.'],
    ['family_relations', 1],
  ]),
];

function renderAssessments(handlers: Record<string, (input: unknown) => unknown>, role: Role = 'staff') {
  return renderSection(<AssessmentsSection record={record()} role={role} />, handlers);
}

const ADD = 'Yeni qiymətləndirmə';

beforeAll(async () => {
  await initI18n('az');
});

describe("a child's assessments", () => {
  it('show the overdue due date, a chart per domain described in words, tables on request, and the history newest first', async () => {
    renderAssessments({ 'assessments.list': () => ({ assessments: history, nextDue: '2025-05-20' }) });

    const due = await screen.findByText('Növbəti qiymətləndirmənin vaxtı: 20 may 2025');
    expect(due.parentElement).toHaveTextContent('Vaxtı keçib');
    // A retired domain keeps its place and its label in the history and the charts.
    expect(screen.getAllByRole('img').map((chart) => chart.getAttribute('aria-label'))).toEqual([
      'Sağlamlıq, 20 noyabr 2026: bal 4 (Yaxşıdır); şkala 1-dən 4-dək.',
      'Təhsil, 10 may 2026 – 20 noyabr 2026 (qiymətləndirmə sayı: 2): ilk bal 2 (Müəyyən narahatlıq var), son bal 3 (Əsasən qaydasındadır); şkala 1-dən 4-dək.',
      'Ailə münasibətləri, 10 may 2026: bal 1 (Ciddi narahatlıq var); şkala 1-dən 4-dək.',
    ]);

    await userEvent.click(screen.getByRole('switch', { name: 'Cədvəl şəklində göstər' }));
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    const education = screen.getByRole('table', { name: 'Təhsil' });
    expect(within(education).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      '10 may 20262 — Müəyyən narahatlıq var',
      '20 noyabr 20263 — Əsasən qaydasındadır',
    ]);

    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual(['20 noyabr 2026 tarixli qiymətləndirmə', '10 may 2026 tarixli qiymətləndirmə']);
    expect(cards[0]).toHaveTextContent('Qiymətləndirən: Leyla Həsənova');
    expect(cards[0]).toHaveTextContent('Uşaq yeni mühitə uyğunlaşıb.');
    const latest = within(cards[0]!).getByRole('table', { name: '20 noyabr 2026 tarixli qiymətləndirmənin balları' });
    expect(within(latest).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['4 — Yaxşıdır', ''],
      ['3 — Əsasən qaydasındadır', 'Vurma cədvəlini öyrənib.'],
    ]);
  });

  it('records a new assessment with the scored domains only, each with its note, and refreshes the history', async () => {
    let saved: Assessment[] = [];
    const fake = renderAssessments({
      'assessments.list': () => ({ assessments: saved, nextDue: '2099-01-01' }),
      'assessments.add': () => {
        saved = [assessment('a-9', '2026-11-02', [['health', 4], ['education', 2, 'Oxumaqda çətinlik']])];
        return saved[0];
      },
    });
    expect(await screen.findByText('Hələ heç bir qiymətləndirmə qeydə alınmayıb.')).toBeInTheDocument();
    expect(screen.getByText('Növbəti qiymətləndirmənin vaxtı: 1 yanvar 2099').parentElement).not.toHaveTextContent('Vaxtı keçib');

    await userEvent.click(screen.getByRole('button', { name: ADD }));
    const dialog = await dialogNamed(ADD);
    // Only domains in use can be scored: the retired one is not offered.
    expect(within(dialog).queryByRole('radiogroup', { name: 'Ailə münasibətləri' })).not.toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText(/^Qiymətləndirmə tarixi/), { target: { value: '2026-11-02' } });
    await score(dialog, 'Təhsil', '2 — Müəyyən narahatlıq var');
    await fill(within(dialog).getByLabelText('Qeyd: Təhsil'), '  Oxumaqda çətinlik ');
    await score(dialog, 'Sağlamlıq', '4 — Yaxşıdır');
    await score(dialog, 'Emosional vəziyyət və davranış', '1 — Ciddi narahatlıq var');
    // Changed its mind: not scored after all, so not sent.
    await score(dialog, 'Emosional vəziyyət və davranış', 'Bal verilməyib');
    expect(within(dialog).queryByLabelText('Qeyd: Emosional vəziyyət və davranış')).not.toBeInTheDocument();
    await fill(within(dialog).getByLabelText('Ümumi nəticə'), 'Uyğunlaşma davam edir.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));

    await dialogClosed(ADD);
    expect(inputsOf(fake, 'assessments.add')).toEqual([
      {
        residentId: 'r-1',
        date: '2026-11-02',
        summary: 'Uyğunlaşma davam edir.',
        scores: [
          { domainCode: 'health', score: 4, note: null },
          { domainCode: 'education', score: 2, note: 'Oxumaqda çətinlik' },
        ],
      },
    ]);
    expect(await screen.findByText('Qiymətləndirmə yadda saxlanıldı.')).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: '2 noyabr 2026 tarixli qiymətləndirmə' })).toBeInTheDocument();
  });

  it('asks for at least one score and a past date before sending anything', async () => {
    const fake = renderAssessments({ 'assessments.list': () => ({ assessments: [], nextDue: null }) });
    await userEvent.click(await screen.findByRole('button', { name: ADD }));
    const dialog = await dialogNamed(ADD);
    fireEvent.change(within(dialog).getByLabelText(/^Qiymətləndirmə tarixi/), { target: { value: '2099-01-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));

    expect(await within(dialog).findByText('Ən azı birini seçin.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Qiymətləndirmə tarixi/)).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.');
    await score(dialog, 'Təhsil', '3 — Əsasən qaydasındadır');
    expect(within(dialog).queryByText('Ən azı birini seçin.')).not.toBeInTheDocument();
    expect(inputsOf(fake, 'assessments.add')).toEqual([]);
  });

  it('shows what the core refused beside the field and the domain it concerns', async () => {
    renderAssessments({
      'assessments.list': () => ({ assessments: [], nextDue: null }),
      'assessments.add': () => {
        throw new FakeFailure({
          code: 'VALIDATION_FAILED',
          message: 'The input is not valid',
          details: {
            issues: [
              { path: 'date', message: 'validation.dateBeforeBirth' },
              { path: 'scores.1.domainCode', message: 'validation.unknownCode' },
            ],
          },
        });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: ADD }));
    const dialog = await dialogNamed(ADD);
    fireEvent.change(within(dialog).getByLabelText(/^Qiymətləndirmə tarixi/), { target: { value: '2020-01-01' } });
    await score(dialog, 'Sağlamlıq', '3 — Əsasən qaydasındadır');
    await score(dialog, 'Emosional vəziyyət və davranış', '2 — Müəyyən narahatlıq var');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));

    await waitFor(() => expect(within(dialog).getByLabelText(/^Qiymətləndirmə tarixi/)).toHaveAccessibleDescription('Tarix doğum tarixindən əvvəl ola bilməz.'));
    // The second domain sent is the one refused, not the second on the form.
    expect(within(dialog).getByRole('radiogroup', { name: 'Emosional vəziyyət və davranış' })).toHaveAccessibleDescription('Siyahıdan bir dəyər seçin.');
    expect(within(dialog).getByRole('radiogroup', { name: 'Təhsil' })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('dialog', { name: ADD })).toBeInTheDocument();
  });

  it('are only read by a viewer: no button to add one', async () => {
    renderAssessments({ 'assessments.list': () => ({ assessments: history, nextDue: '2099-01-01' }) }, 'viewer');
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: ADD })).not.toBeInTheDocument();
  });
});
