import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { dialogClosed, dialogNamed, fill, plan, planCore, renderItems } from './plan-items-fixtures';

const LINE = 'Yeni xidmətlərə köçürülən vəsait';
const PLANNED = /^Planlaşdırılan məbləğ \(AZN\)/;
const MOVED = /^Yeni xidmətlərə yönəldilib \(AZN\)/;

beforeAll(async () => {
  await initI18n('az');
});

/** Adds a budget line through the form with the amounts typed as given; returns the dialog. */
async function addLine(planned: string, moved = '', movedDate = '') {
  await userEvent.click(await screen.findByRole('button', { name: 'Büdcə maddəsi əlavə et' }));
  const dialog = await dialogNamed('Yeni büdcə maddəsi');
  await fill(within(dialog).getByLabelText(/^Maddənin adı/), LINE);
  await fill(within(dialog).getByLabelText(PLANNED), planned);
  await fill(within(dialog).getByLabelText(MOVED), moved);
  fireEvent.change(within(dialog).getByLabelText('Yönəldilmə tarixi'), { target: { value: movedDate } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
  return dialog;
}

describe('budget lines of the plan', () => {
  it.each([
    ['1234,56', 123456],
    ['1234.56', 123456],
    ['1 234,56', 123456],
    ['0,1', 10],
    ['0,01', 1],
    ['1000000', 100000000],
  ])('read "%s" AZN as exactly %i qəpik', async (typed, qepik) => {
    const fake = renderItems(planCore(plan()));
    await addLine(typed);
    await dialogClosed('Yeni büdcə maddəsi');
    expect(inputsOf(fake, 'transformation.saveBudgetLine')).toEqual([
      { planId: 'tp-1', version: 7, id: null, line: { title: LINE, plannedQepik: qepik, movedQepik: 0, movedDate: null } },
    ]);
  });

  it('refuse an amount with three decimals, or that is not an amount, beside the field', async () => {
    const fake = renderItems(planCore(plan()));
    const dialog = await addLine('1234,567', '12,5,0');
    const format = /Məbləği manatla, ən çoxu iki onluq rəqəmlə yazın, məsələn 1234,56\./;
    expect(within(dialog).getByLabelText(PLANNED)).toHaveAccessibleDescription(format);
    expect(within(dialog).getByLabelText(MOVED)).toHaveAccessibleDescription(format);
    await fill(within(dialog).getByLabelText(PLANNED), '-5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(within(dialog).getByLabelText(PLANNED)).toHaveAccessibleDescription(format);
    expect(inputsOf(fake, 'transformation.saveBudgetLine')).toEqual([]);
  });

  it('refuse moving more than planned beside the moved amount, as the core does', async () => {
    let refuse = true;
    const core = planCore(plan());
    const fake = renderItems({
      ...core,
      // The core's own refusal (e.g. its rule applied to what it stored) is shown in the same place.
      'transformation.saveBudgetLine': (input) => {
        if (refuse) {
          refuse = false;
          throw new FakeFailure({
            code: 'VALIDATION_FAILED',
            message: 'The input is not valid',
            details: { issues: [{ path: 'line.movedQepik', message: 'validation.movedOverPlanned' }] },
          });
        }
        return core['transformation.saveBudgetLine']!(input);
      },
    });
    const dialog = await addLine('100', '150', '2026-01-20');
    const moved = within(dialog).getByLabelText(MOVED);
    expect(moved).toHaveAccessibleDescription(/Yönəldilən məbləğ planlaşdırılan məbləğdən çox ola bilməz\./);
    expect(inputsOf(fake, 'transformation.saveBudgetLine')).toEqual([]);

    await fill(moved, '100');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(moved).toHaveAccessibleDescription(/Yönəldilən məbləğ planlaşdırılan məbləğdən çox ola bilməz\./));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Yeni büdcə maddəsi');
    const line = { title: LINE, plannedQepik: 10000, movedQepik: 10000, movedDate: '2026-01-20' };
    expect(inputsOf(fake, 'transformation.saveBudgetLine')).toEqual([
      { planId: 'tp-1', version: 7, id: null, line },
      { planId: 'tp-1', version: 7, id: null, line },
    ]);
  });

  it('ask for the day money moved, not in the future', async () => {
    const fake = renderItems(planCore(plan()));
    const dialog = await addLine('100', '50');
    const date = within(dialog).getByLabelText('Yönəldilmə tarixi');
    expect(date).toHaveAccessibleDescription('Mütləqdir.');
    fireEvent.change(date, { target: { value: '2999-01-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(date).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.');
    expect(inputsOf(fake, 'transformation.saveBudgetLine')).toEqual([]);
  });

  it('show AZN with two decimals, totals and the share moved; money moved is recorded with the plan version the contract asks for', async () => {
    const fake = renderItems(
      planCore(
        plan({
          budgetLines: [
            { id: 'bl-1', title: LINE, plannedQepik: 10_000_000, movedQepik: 2_500_050, movedDate: '2026-01-20' },
            { id: 'bl-2', title: 'Təlim xərcləri', plannedQepik: 2_345_678, movedQepik: 0, movedDate: null },
          ],
        }),
      ),
    );
    const table = await screen.findByRole('table', { name: 'Büdcə' });
    const [first, second, total] = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(first).toContain(`${LINE}100.000,0025.000,5020 yanvar 2026`);
    expect(second).toContain('Təlim xərcləri23.456,780,00—');
    expect(total).toBe('Cəmi123.456,7825.000,50Yönəldilib: 20,3%');

    await userEvent.click(screen.getByRole('button', { name: 'Redaktə et: Təlim xərcləri' }));
    const dialog = await dialogNamed('Büdcə maddəsini redaktə et: Təlim xərcləri');
    expect(within(dialog).getByLabelText(PLANNED)).toHaveValue('23456,78');
    await fill(within(dialog).getByLabelText(MOVED), '23456,78');
    fireEvent.change(within(dialog).getByLabelText('Yönəldilmə tarixi'), { target: { value: '2026-02-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Büdcə maddəsini redaktə et: Təlim xərcləri');
    expect(inputsOf(fake, 'transformation.saveBudgetLine')).toEqual([
      { planId: 'tp-1', version: 7, id: 'bl-2', line: { title: 'Təlim xərcləri', plannedQepik: 2_345_678, movedQepik: 2_345_678, movedDate: '2026-02-01' } },
    ]);
    await waitFor(() => expect(within(table).getAllByRole('row').at(-1)).toHaveTextContent('Cəmi123.456,7848.457,28Yönəldilib: 39,3%'));
    expect(await screen.findByText('«Təlim xərcləri» büdcə maddəsi yadda saxlanıldı.')).toBeInTheDocument();
  });
});
