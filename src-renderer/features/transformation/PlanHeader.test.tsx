import type { Role } from '@contract/common';
import type { TransformationStatus } from '@contract/transformation';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { approval, dialogClosed, fill, plan, planCore, renderPlanPage } from './transformation-fixtures';

const STEPS = ['Planı dəyiş', 'Planı təsdiq et', 'İcraya başla', 'Planı tamamla'];

beforeAll(async () => {
  await initI18n('az');
});

/** The director's step buttons on show, in order. */
async function stepsShown(): Promise<string[]> {
  await screen.findByRole('heading', { level: 1 });
  return STEPS.filter((name) => screen.queryByRole('button', { name }) !== null);
}

describe("the plan's header", () => {
  it('shows the title, status, period, target models and that the draft is not approved yet', async () => {
    renderPlanPage('director', planCore(plan()));
    expect(await screen.findByRole('heading', { name: plan().title, level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Layihə')).toBeInTheDocument();
    expect(screen.getByText('1 yanvar 2027 – 31 dekabr 2029')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Günərzi qayğı mərkəzi, Ailəyə dəstək xidməti')).toBeInTheDocument());
    expect(screen.getByText('Redaksiya 1')).toBeInTheDocument();
    expect(screen.getByText('Hələ təsdiq olunmayıb')).toBeInTheDocument();
    expect(screen.getByText('Plan layihədir: onun heç bir redaksiyası hələ təsdiq olunmayıb.')).toBeInTheDocument();
  });

  it.each<[TransformationStatus, boolean, Role, string[]]>([
    ['draft', true, 'director', ['Planı dəyiş', 'Planı təsdiq et']],
    ['approved', false, 'director', ['Planı dəyiş', 'İcraya başla']],
    ['approved', true, 'director', ['Planı dəyiş', 'Planı təsdiq et', 'İcraya başla']],
    ['in_progress', false, 'director', ['Planı dəyiş', 'Planı tamamla']],
    ['in_progress', true, 'director', ['Planı dəyiş', 'Planı təsdiq et', 'Planı tamamla']],
    ['completed', false, 'director', []],
    ['in_progress', true, 'staff', []],
    ['draft', true, 'viewer', []],
  ])('offers, for a plan %s (changes unapproved: %s), a %s the steps %j', async (status, unapprovedChanges, role, expected) => {
    renderPlanPage(role, planCore(plan({ status, unapprovedChanges, approval: status === 'draft' ? null : approval(1) })));
    expect(await stepsShown()).toEqual(expected);
  });

  it.each<Role>(['director', 'viewer'])('lets a %s print the plan report in the UI language, saved as a PDF', async (role) => {
    const saved: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push((blob as Blob).type);
      return 'blob:report';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    try {
      const fake = renderPlanPage(role, {
        ...planCore(plan()),
        'transformation.report': () => ({ fileName: 'transformation-report-bak-ue-01-2026-11-25.pdf', pdfBase64: 'JVBERi0=' }),
      });
      await userEvent.click(await screen.findByRole('button', { name: 'Plan üzrə hesabatı çap et' }));
      await waitFor(() => expect(saved).toEqual(['application/pdf']));
      expect(inputsOf(fake, 'transformation.report')).toEqual([{ planId: plan().id, language: 'az' }]);
    } finally {
      createObjectURL.mockRestore();
      revoke.mockRestore();
    }
  });

  it('approves after saying that approval freezes this version, sending the version the director saw', async () => {
    const fake = renderPlanPage(
      'director',
      planCore(plan(), (current, name) =>
        name === 'transformation.approve' ? { ...current, version: current.version + 1, status: 'approved', unapprovedChanges: false, approval: approval(1) } : current,
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Planı təsdiq et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planın təsdiqi' });
    expect(dialog).toHaveTextContent('redaksiya 1 kimi dondurur');
    expect(dialog).toHaveTextContent('hər dəyişiklik yeni redaksiya yaradır və yenidən təsdiq tələb edir');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Təsdiq et' }));
    await dialogClosed('Planın təsdiqi');
    expect(inputsOf(fake, 'transformation.approve')).toEqual([{ id: 'tp-1', version: 3 }]);
    expect(await screen.findByText('Plan təsdiq olundu: redaksiya 1.')).toBeInTheDocument();
    expect(await screen.findByText('Təsdiq olunub')).toBeInTheDocument();
    expect(screen.getByText(/^Redaksiya 1: Aynur Məmmədova, 25 noyabr 2026/)).toBeInTheDocument();
    expect(await stepsShown()).toEqual(['Planı dəyiş', 'İcraya başla']);
  });

  it('says when someone changed the plan meanwhile and reloads it instead of approving blindly', async () => {
    let reads = 0;
    const fake = renderPlanPage('director', {
      'transformation.get': () => {
        reads += 1;
        return reads === 1 ? plan() : plan({ version: 4, title: 'Yeni ad' });
      },
      'transformation.approve': () => {
        throw new FakeFailure({ code: 'CONFLICT', message: 'The plan was changed meanwhile' });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Planı təsdiq et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planın təsdiqi' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Təsdiq et' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Plan artıq dəyişib');
    expect(within(dialog).getByRole('button', { name: 'Təsdiq et' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Planı yenilə' }));
    await dialogClosed('Planın təsdiqi');
    expect(await screen.findByRole('heading', { name: 'Yeni ad', level: 1 })).toBeInTheDocument();
    expect(inputsOf(fake, 'transformation.approve')).toHaveLength(1);
  });

  it('completes a plan in progress only after the question', async () => {
    const fake = renderPlanPage('director', planCore(plan({ status: 'in_progress', unapprovedChanges: false, approval: approval(1), version: 7 })));
    await userEvent.click(await screen.findByRole('button', { name: 'Planı tamamla' }));
    let dialog = await screen.findByRole('dialog', { name: 'Planın tamamlanması' });
    expect(dialog).toHaveTextContent('Bu addımı geri qaytarmaq mümkün deyil.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'İmtina et' }));
    await dialogClosed('Planın tamamlanması');
    expect(inputsOf(fake, 'transformation.complete')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Planı tamamla' }));
    dialog = await screen.findByRole('dialog', { name: 'Planın tamamlanması' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tamamla' }));
    await waitFor(() => expect(inputsOf(fake, 'transformation.complete')).toEqual([{ id: 'tp-1', version: 7 }]));
  });

  it('starts an approved plan with the version shown', async () => {
    const fake = renderPlanPage('director', planCore(plan({ status: 'approved', unapprovedChanges: false, approval: approval(1), version: 5 })));
    await userEvent.click(await screen.findByRole('button', { name: 'İcraya başla' }));
    await waitFor(() => expect(inputsOf(fake, 'transformation.start')).toEqual([{ id: 'tp-1', version: 5 }]));
    expect(await screen.findByText('Planın icrasına başlanıldı.')).toBeInTheDocument();
  });

  it("changes the plan's title and period, and shows the core's refusal beside the field", async () => {
    let refused = false;
    const fake = renderPlanPage('director', {
      ...planCore(plan()),
      'transformation.update': () => {
        if (!refused) {
          refused = true;
          throw new FakeFailure({
            code: 'VALIDATION_FAILED',
            message: 'The input is not valid',
            details: { issues: [{ path: 'plan.targetModelCodes', message: 'validation.unknownCode' }] },
          });
        }
        return plan({ title: 'Yeni xidmətlər mərkəzi', version: 4 });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Planı dəyiş' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planın adı, dövrü və modelləri' });
    const title = within(dialog).getByLabelText(/^Planın adı/);
    await userEvent.clear(title);
    await fill(title, 'Yeni xidmətlər mərkəzi');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^Hədəf xidmət modelləri/ })).toHaveAccessibleDescription(/^Siyahıdan bir dəyər seçin\./));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Planın adı, dövrü və modelləri');
    const sent = {
      id: 'tp-1',
      version: 3,
      plan: { title: 'Yeni xidmətlər mərkəzi', periodStart: '2027-01-01', periodEnd: '2029-12-31', targetModelCodes: ['day_care_centre', 'family_support'] },
    };
    expect(inputsOf(fake, 'transformation.update')).toEqual([sent, sent]);
  });
});
