import type { TransformationPlan } from '@contract/transformation-views';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import {
  action,
  CHECK_RECORDS,
  COLLECT_FACTS,
  dialogClosed,
  fill,
  FIND_NEEDS,
  OPEN_SERVICE,
  openTab,
  plan,
  planCore,
  refusal,
  renderPlanPage,
} from './transformation-fixtures';

const PHASES_TAB = 'Mərhələlər və tədbirlər';
const NEW_ACTION = 'Günərzi mərkəzin binasını hazırlamaq';

beforeAll(async () => {
  await initI18n('az');
});

/** The plan with the action added by saveAction (id a-5) or an action's fields changed. */
function savingActions(current: TransformationPlan, name: string, input: unknown): TransformationPlan {
  if (name !== 'transformation.saveAction') {
    return current;
  }
  const { id, action: fields } = input as { id: string | null; action: { phaseId: string; title: string; owner: string | null; dependsOn: string[] } };
  const saved = action(id ?? 'a-5', fields.phaseId, fields.title, { owner: fields.owner, dependsOn: fields.dependsOn });
  return {
    ...current,
    version: current.version + 1,
    phases: current.phases.map((phase) => ({
      ...phase,
      actions: [...phase.actions.filter((other) => other.id !== saved.id), ...(phase.id === saved.phaseId ? [saved] : [])],
    })),
  };
}

describe("the plan's phases and actions", () => {
  it('lists the phases in order, each action with its owner, dates, status, progress, milestone, dependencies and overdue mark', async () => {
    renderPlanPage('viewer', planCore(plan()));
    await openTab(PHASES_TAB);
    const phases = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(phases).toEqual(expect.arrayContaining(['1. Başlanğıc vəziyyət', '2. Yeni xidmətlər', '3. İşçi heyəti: yenidən istiqamətləndirmə və hazırlıq']));
    const done = screen.getByRole('article', { name: CHECK_RECORDS });
    expect(done).toHaveTextContent('İcra olunub');
    expect(done).toHaveTextContent('Məsul: Sevinc Quliyeva');
    expect(within(done).getByRole('progressbar', { name: `${CHECK_RECORDS}: icra 100%` })).toHaveAttribute('aria-valuenow', '100');
    const late = screen.getByRole('article', { name: COLLECT_FACTS });
    expect(late).toHaveTextContent('İcra olunur');
    expect(late).toHaveTextContent('Son tarix: 1 noyabr 2026');
    expect(late).toHaveTextContent('Vaxtı keçib');
    const milestone = screen.getByRole('article', { name: OPEN_SERVICE });
    expect(milestone).toHaveTextContent('Nəzarət nöqtəsi');
    expect(milestone).toHaveTextContent(`Asılıdır: ${FIND_NEEDS}`);
    expect(milestone).not.toHaveTextContent('Vaxtı keçib');
    expect(screen.getByText('Bu mərhələdə hələ tədbir yoxdur.')).toBeInTheDocument();
    // A viewer reads and may print the report: nothing else to press.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Plan üzrə hesabatı çap et']);
  });

  it('lets the director add an action with its dependencies, and shows a dependency cycle the core refuses beside the field', async () => {
    let refused = false;
    const core = planCore(plan(), savingActions);
    const save = core['transformation.saveAction']!;
    const fake = renderPlanPage('director', {
      ...core,
      'transformation.saveAction': (input) => {
        const { id } = input as { id: string | null };
        if (id === 'a-3' && !refused) {
          refused = true;
          throw refusal('action.dependsOn', 'validation.dependencyCycle');
        }
        return save(input);
      },
    });
    await openTab(PHASES_TAB);
    await userEvent.click(screen.getByRole('button', { name: 'Tədbir əlavə et: 2. Yeni xidmətlər' }));
    let dialog = await screen.findByRole('dialog', { name: 'Yeni tədbir' });
    expect(within(dialog).getByRole('combobox', { name: /^Mərhələ/ })).toHaveValue('2. Yeni xidmətlər');
    await fill(within(dialog).getByLabelText(/^Tədbir/), NEW_ACTION);
    await fill(within(dialog).getByLabelText(/^Məsul şəxs/), 'Rauf Əliyev');
    fireEvent.change(within(dialog).getByLabelText('Başlanğıc tarixi'), { target: { value: '2027-03-01' } });
    fireEvent.change(within(dialog).getByLabelText('Son tarix'), { target: { value: '2027-02-01' } });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Nəzarət nöqtəsi/ }));
    await choose(/^Asılı olduğu tədbirlər/, FIND_NEEDS);
    await choose(/^Asılı olduğu tədbirlər/, CHECK_RECORDS);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(within(dialog).getByLabelText('Son tarix')).toHaveAccessibleDescription('Son tarix başlanğıcdan əvvəl ola bilməz.');
    expect(inputsOf(fake, 'transformation.saveAction')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Son tarix'), { target: { value: '2027-06-30' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Yeni tədbir');
    expect(inputsOf(fake, 'transformation.saveAction')).toEqual([
      {
        planId: 'tp-1',
        version: 3,
        id: null,
        action: { phaseId: 'ph-2', title: NEW_ACTION, owner: 'Rauf Əliyev', startDate: '2027-03-01', dueDate: '2027-06-30', milestone: true, dependsOn: ['a-1', 'a-3'] },
      },
    ]);
    expect(await screen.findByRole('article', { name: NEW_ACTION })).toHaveTextContent(`Asılıdır: ${CHECK_RECORDS}; ${FIND_NEEDS}`);

    // Making the first action wait for the new one would close a loop: the core says so beside the field.
    await userEvent.click(screen.getByRole('button', { name: `Tədbiri dəyiş: ${FIND_NEEDS}` }));
    dialog = await screen.findByRole('dialog', { name: 'Tədbiri dəyiş' });
    expect(within(dialog).getByLabelText(/^Tədbir/)).toHaveValue(FIND_NEEDS);
    await choose(/^Asılı olduğu tədbirlər/, NEW_ACTION);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /^Asılı olduğu tədbirlər/ })).toHaveAccessibleDescription(
        /^Asılılıqlar dövrə yaradır: tədbir dolayısı ilə özündən asılı olardı\./,
      ),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(inputsOf(fake, 'transformation.saveAction').at(-1)).toEqual({
      planId: 'tp-1',
      version: 4,
      id: 'a-3',
      action: { phaseId: 'ph-2', title: FIND_NEEDS, owner: null, startDate: null, dueDate: null, milestone: false, dependsOn: ['a-5'] },
    });
  });

  it('lets staff record progress and evidence, but not change the plan', async () => {
    const fake = renderPlanPage(
      'staff',
      planCore(plan({ status: 'in_progress' }), (current, name, input) => {
        if (name !== 'transformation.setActionProgress') {
          return current;
        }
        const { actionId, status, progress } = input as { actionId: string; status: 'in_progress'; progress: number };
        return { ...current, phases: current.phases.map((phase) => ({ ...phase, actions: phase.actions.map((one) => (one.id === actionId ? { ...one, status, progress } : one)) })) };
      }),
    );
    await openTab(PHASES_TAB);
    for (const name of ['Mərhələ əlavə et', 'Tədbir əlavə et: 1. Başlanğıc vəziyyət', `Tədbiri dəyiş: ${FIND_NEEDS}`, `Tədbiri sil: ${FIND_NEEDS}`]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: /^Yuxarı keçir/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: `İcranı qeyd et: ${FIND_NEEDS}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Tədbirin icrası' });
    const percent = within(dialog).getByLabelText(/^İcra faizi/);
    await userEvent.clear(percent);
    await fill(percent, '60');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Tədbirin icrası');
    expect(inputsOf(fake, 'transformation.setActionProgress')).toEqual([{ actionId: 'a-3', status: 'in_progress', progress: 60 }]);
    expect(await screen.findByRole('progressbar', { name: `${FIND_NEEDS}: icra 60%` })).toHaveAttribute('aria-valuenow', '60');
    expect(screen.getByText('Tədbirin icrası qeyd olundu.')).toBeInTheDocument();
  });

  it('adds a dated note of what was done as evidence', async () => {
    const fake = renderPlanPage(
      'staff',
      planCore(plan(), (current, name, input) => {
        if (name !== 'transformation.addEvidenceNote') {
          return current;
        }
        const { date, text } = input as { date: string; text: string };
        const note = { id: 'n-1', date, text, authorId: 'u-staff', authorName: 'Sevinc Quliyeva', createdAt: '2026-11-25T11:00:00.000Z' };
        return { ...current, phases: current.phases.map((phase) => ({ ...phase, actions: phase.actions.map((one) => (one.id === 'a-2' ? { ...one, notes: [note] } : one)) })) };
      }),
    );
    await openTab(PHASES_TAB);
    await userEvent.click(screen.getByRole('button', { name: `Sübut qeydi əlavə et: ${COLLECT_FACTS}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Görülən iş haqqında qeyd' });
    fireEvent.change(within(dialog).getByLabelText(/^Tarix/), { target: { value: '2026-11-20' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(within(dialog).getByLabelText(/^Nə edilib/)).toHaveAccessibleDescription('Mütləqdir.');
    await fill(within(dialog).getByLabelText(/^Nə edilib/), 'Mühasibatlıqdan büdcə arayışı alındı.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Görülən iş haqqında qeyd');
    expect(inputsOf(fake, 'transformation.addEvidenceNote')).toEqual([{ actionId: 'a-2', date: '2026-11-20', text: 'Mühasibatlıqdan büdcə arayışı alındı.' }]);
    const evidence = await screen.findByRole('list', { name: `Sübutlar: ${COLLECT_FACTS}` });
    expect(evidence).toHaveTextContent('20 noyabr 2026: Mühasibatlıqdan büdcə arayışı alındı. — Sevinc Quliyeva');
  });

  it('uploads an evidence file as base64 after checking its type and size', async () => {
    const fake = renderPlanPage('staff', planCore(plan()));
    await openTab(PHASES_TAB);
    await userEvent.click(screen.getByRole('button', { name: `Sübut faylı əlavə et: ${CHECK_RECORDS}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Sübut faylı' });
    const input = within(dialog).getByLabelText(/^Fayl/);
    await userEvent.upload(input, new File(['not allowed'], 'qeyd.txt', { type: 'text/plain' }), { applyAccept: false });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yüklə' }));
    expect(input).toHaveAccessibleDescription(/^Yalnız PDF, JPEG və PNG faylları əlavə etmək olar.* PDF, JPEG və ya PNG, ən çoxu 20 MB\.$/);
    expect(inputsOf(fake, 'transformation.addEvidenceFile')).toEqual([]);
    await userEvent.upload(input, new File(['%PDF-1.4'], 'protokol.pdf', { type: 'application/pdf' }));
    await fill(within(dialog).getByLabelText('Təsvir'), 'İclasın protokolu');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yüklə' }));
    await dialogClosed('Sübut faylı');
    expect(inputsOf(fake, 'transformation.addEvidenceFile')).toEqual([
      { actionId: 'a-1', fileName: 'protokol.pdf', description: 'İclasın protokolu', contentBase64: btoa('%PDF-1.4') },
    ]);
  });

  it('lets the director rename, reorder and remove an empty phase, sending the whole new order', async () => {
    const fake = renderPlanPage('director', planCore(plan()));
    await openTab(PHASES_TAB);
    expect(screen.getByRole('button', { name: 'Yuxarı keçir: 1. Başlanğıc vəziyyət' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Mərhələni sil: 1. Başlanğıc vəziyyət' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yuxarı keçir: 3. İşçi heyəti: yenidən istiqamətləndirmə və hazırlıq' }));
    await waitFor(() => expect(inputsOf(fake, 'transformation.reorderPhases')).toEqual([{ planId: 'tp-1', version: 3, phaseIds: ['ph-1', 'ph-3', 'ph-2'] }]));

    await userEvent.click(screen.getByRole('button', { name: 'Mərhələni sil: 3. İşçi heyəti: yenidən istiqamətləndirmə və hazırlıq' }));
    const confirm = await screen.findByRole('dialog', { name: 'Mərhələnin silinməsi' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Mərhələni sil' }));
    await dialogClosed('Mərhələnin silinməsi');
    expect(inputsOf(fake, 'transformation.removePhase')).toEqual([{ planId: 'tp-1', version: 3, id: 'ph-3' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Mərhələnin adını dəyiş: 1. Başlanğıc vəziyyət' }));
    const rename = await screen.findByRole('dialog', { name: 'Mərhələnin adı' });
    expect(within(rename).getByLabelText('Mərhələnin adı')).toHaveAccessibleDescription('Boş qoysanız, şablondakı ad göstəriləcək: «Başlanğıc vəziyyət».');
    await fill(within(rename).getByLabelText('Mərhələnin adı'), 'Vəziyyətin təhlili');
    await userEvent.click(within(rename).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Mərhələnin adı');
    expect(inputsOf(fake, 'transformation.savePhase')).toEqual([{ planId: 'tp-1', version: 3, id: 'ph-1', title: 'Vəziyyətin təhlili' }]);
  });
});
