import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { dialogClosed, fill } from '../pathway/pathway-fixtures';
import { inputsOf } from '../users/test-providers';
import { FEW, indicatorsCore, renderIndicators } from './indicators-fixtures';

const refusal = (path: string, message: string) =>
  new FakeFailure({ code: 'VALIDATION_FAILED', message: 'The input is not valid', details: { issues: [{ path, message }] } });

beforeAll(async () => {
  await initI18n('az');
});

async function openDialog(button: string, title: string) {
  await userEvent.click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: title });
}

describe("the director's targets", () => {
  it('sends the value and date typed, then shows the dashboard again from the core', async () => {
    const fake = renderIndicators('director', indicatorsCore({}, FEW));
    const dialog = await openDialog('Hədəf təyin et: Qəbullar', 'Hədəf: Qəbullar');
    // The plan's end is the date to aim for until another is chosen.
    expect(within(dialog).getByLabelText('Hədəf tarixi')).toHaveValue('2027-12-31');
    expect(within(dialog).getByRole('note')).toHaveTextContent('köçürmələr heç vaxt irəliləyiş sayılmır');
    await fill(within(dialog).getByLabelText(/^Hədəf dəyəri/), '1');
    fireEvent.change(within(dialog).getByLabelText('Hədəf tarixi'), { target: { value: '2026-12-31' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hədəfi yadda saxla' }));

    await dialogClosed('Hədəf: Qəbullar');
    expect(inputsOf(fake, 'indicators.setTarget')).toEqual([{ planId: 'tp-1', code: 'admissions', target: { value: 1, date: '2026-12-31' } }]);
    expect(await screen.findByText('“Qəbullar” üzrə hədəf yadda saxlanıldı.')).toBeInTheDocument();
    await waitFor(() => expect(inputsOf(fake, 'indicators.get')).toHaveLength(2));
  });

  it('changes a target set before, or clears it', async () => {
    const fake = renderIndicators('director', indicatorsCore({}, FEW));
    const dialog = await openDialog('Hədəfi dəyiş: Müəssisədə olan uşaqlar', 'Hədəf: Müəssisədə olan uşaqlar');
    expect(within(dialog).getByLabelText(/^Hədəf dəyəri/)).toHaveValue('20');
    expect(within(dialog).getByLabelText('Hədəf tarixi')).toHaveValue('2026-12-31');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hədəfi sil' }));

    await dialogClosed('Hədəf: Müəssisədə olan uşaqlar');
    expect(inputsOf(fake, 'indicators.setTarget')).toEqual([{ planId: 'tp-1', code: 'children_in_residence', target: null }]);
    expect(await screen.findByText('“Müəssisədə olan uşaqlar” üzrə hədəf silindi.')).toBeInTheDocument();
  });

  it('wants a value before it sends anything', async () => {
    const fake = renderIndicators('director', indicatorsCore({}, FEW));
    const dialog = await openDialog('Hədəf təyin et: Alternativ həllər', 'Hədəf: Alternativ həllər');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hədəfi yadda saxla' }));
    const value = within(dialog).getByLabelText(/^Hədəf dəyəri/);
    expect(value).toHaveAccessibleDescription('Rəqəm daxil edin.');
    expect(inputsOf(fake, 'indicators.setTarget')).toEqual([]);
    await fill(value, '5');
    expect(value).not.toHaveAccessibleDescription();
  });

  it('shows a date the core refused beside it, and a plan completed meanwhile above the buttons', async () => {
    let calls = 0;
    renderIndicators(
      'director',
      indicatorsCore({
        'indicators.setTarget': () => {
          calls += 1;
          throw calls === 1 ? refusal('target.date', 'validation.targetBeforeBaseline') : refusal('planId', 'validation.planCompleted');
        },
      }, FEW),
    );
    const dialog = await openDialog('Hədəfi dəyiş: Müəssisədə olan uşaqlar', 'Hədəf: Müəssisədə olan uşaqlar');
    fireEvent.change(within(dialog).getByLabelText('Hədəf tarixi'), { target: { value: '2025-01-31' } });
    const submit = within(dialog).getByRole('button', { name: 'Hədəfi yadda saxla' });
    await userEvent.click(submit);
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Hədəf tarixi')).toHaveAccessibleDescription(
        'Hədəf tarixi planın ilkin vəziyyətinin qeydə alındığı gündən əvvəl ola bilməz.',
      ),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(submit);
    const alert = await within(dialog).findByRole('alert', { name: 'Alınmadı' });
    expect(alert).toHaveTextContent('Bu plan tamamlanıb; onu artıq dəyişmək olmaz.');
    expect(screen.getByRole('dialog', { name: 'Hədəf: Müəssisədə olan uşaqlar' })).toBeInTheDocument();
  });
});

describe('manual indicators', () => {
  it('adds one with its unit, direction, baseline and target, exactly as typed', async () => {
    const fake = renderIndicators('director', indicatorsCore({}, FEW));
    const dialog = await openDialog('Göstərici əlavə et', 'Əl ilə aparılan yeni göstərici');
    await fill(within(dialog).getByLabelText(/^Adı/), 'Könüllü himayədar ailələr');
    await fill(within(dialog).getByLabelText(/^Ölçü vahidi/), 'ailə');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Artım' }));
    await fill(within(dialog).getByLabelText('Başlanğıc dəyəri'), '2');
    await fill(within(dialog).getByLabelText('Hədəf'), '10');
    fireEvent.change(within(dialog).getByLabelText('Hədəf tarixi'), { target: { value: '2027-06-30' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));

    await dialogClosed('Əl ilə aparılan yeni göstərici');
    expect(inputsOf(fake, 'indicators.saveManual')).toEqual([
      {
        planId: 'tp-1',
        id: null,
        name: 'Könüllü himayədar ailələr',
        unit: 'ailə',
        higherIsBetter: true,
        baseline: 2,
        target: { value: 10, date: '2027-06-30' },
      },
    ]);
  });

  it('changes one, a name the core refused shown beside it', async () => {
    let calls = 0;
    const fake = renderIndicators(
      'director',
      indicatorsCore({
        'indicators.saveManual': (input) => {
          calls += 1;
          if (calls === 1) {
            throw refusal('name', 'validation.indicatorNameTaken');
          }
          return indicatorsCore()['indicators.saveManual']!(input);
        },
      }, FEW),
    );
    const dialog = await openDialog('Dəyiş: Dəstək alan ailələr', 'Göstərici: Dəstək alan ailələr');
    expect(within(dialog).getByRole('radio', { name: 'Artım' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Heç biri' }));
    const target = within(dialog).getByLabelText('Hədəf');
    expect(target).toHaveValue('20');
    await userEvent.clear(target);
    await fill(target, '25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^Adı/)).toHaveAccessibleDescription('Bu planda həmin adda göstərici artıq var.'));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Göstərici: Dəstək alan ailələr');
    expect(inputsOf(fake, 'indicators.saveManual').at(-1)).toEqual({
      planId: 'tp-1',
      id: 'mi-1',
      name: 'Dəstək alan ailələr',
      unit: 'ailə',
      higherIsBetter: null,
      baseline: 4,
      target: { value: 25, date: '2026-12-31' },
    });
  });

  it("records a month's value, and removes one recorded", async () => {
    const fake = renderIndicators('director', indicatorsCore({}, FEW));
    let dialog = await openDialog('Ay üzrə dəyər: Dəstək alan ailələr', 'Ay üzrə dəyər: Dəstək alan ailələr');
    expect(dialog).toHaveTextContent('Əl ilə daxil edilib, qeydlərdən hesablanmır.');
    const month = within(dialog).getByLabelText(/^Ay/);
    expect(month).toHaveValue('2026-03');
    await fill(within(dialog).getByLabelText(/^Dəyər \(ailə\)/), '14');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Dəyəri qeyd et' }));
    await dialogClosed('Ay üzrə dəyər: Dəstək alan ailələr');
    expect(await screen.findByText('“Dəstək alan ailələr” üzrə Mart 2026 ayının dəyəri qeyd edildi.')).toBeInTheDocument();

    dialog = await openDialog('Ay üzrə dəyər: Dəstək alan ailələr', 'Ay üzrə dəyər: Dəstək alan ailələr');
    fireEvent.change(within(dialog).getByLabelText(/^Ay/), { target: { value: '2026-02' } });
    // February has a value: it is shown, to change or to remove.
    expect(within(dialog).getByLabelText(/^Dəyər \(ailə\)/)).toHaveValue('12');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bu ayın dəyərini sil' }));
    await dialogClosed('Ay üzrə dəyər: Dəstək alan ailələr');
    expect(inputsOf(fake, 'indicators.recordManualValue')).toEqual([
      { id: 'mi-1', month: '2026-03', value: 14 },
      { id: 'mi-1', month: '2026-02', value: null },
    ]);
  });
});
