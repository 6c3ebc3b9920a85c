import type { DuplicateCandidate, ResidentRecord } from '@contract/residents';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { choose, elvin, renderAt } from './test-fixtures';

const noDuplicates = () => ({ blocking: [], similar: [] });

const existing: DuplicateCandidate = { id: 'r-7', fullName: 'Məmmədov Elvin Rəşid oğlu', birthDate: '2015-03-02', reason: 'fin' };

function renderNew(handlers: Record<string, (input: unknown) => unknown> = {}) {
  return renderAt('/residents/new', {
    'residents.checkDuplicates': noDuplicates,
    'residents.get': () => ({ ...elvin(), id: 'r-new' }),
    ...handlers,
  });
}

const next = () => userEvent.click(screen.getByRole('button', { name: 'İrəli' }));

async function typeIdentity(birthDate = '2015-03-02') {
  await userEvent.type(await screen.findByLabelText(/^Soyadı/), 'Məmmədov');
  await userEvent.type(screen.getByLabelText(/^Adı/), 'Elvin');
  await userEvent.type(screen.getByLabelText(/^Ata adı/), 'Rəşid oğlu');
  await userEvent.click(screen.getByRole('radio', { name: 'Oğlan' }));
  await userEvent.type(screen.getByLabelText(/^Doğum tarixi/), birthDate);
  await userEvent.type(screen.getByLabelText(/^FİN/), '5zk2m7p');
}

async function typeLegalAdmission(admissionDate = '2024-09-01') {
  await choose(/^Hüquqi status/, 'Valideyn himayəsindən məhrum');
  await choose(/^Valideyn himayəsindən məhrumetmənin səbəbləri/, 'Valideynlər cəza çəkir');
  await userEvent.type(screen.getByLabelText(/^Qəbul tarixi/), admissionDate);
  await choose(/^Haradan qəbul edilib/, 'Ailədən');
  await choose(/^Qərarı verən orqan/, 'Məhkəmə');
  await userEvent.type(screen.getByLabelText(/^Qərarın nömrəsi/), 'Q-123');
  await userEvent.type(screen.getByLabelText(/^Qərarın tarixi/), '2024-08-20');
  await choose(/^Qəbulun səbəbləri/, 'Ailə böhranı');
}

beforeAll(async () => {
  await initI18n('az');
});

describe('registering a new child', () => {
  it('goes through the steps, sends the typed values once, and opens the new record', async () => {
    const fake = renderNew({ 'residents.create': (input) => ({ ...elvin(), id: 'r-new', identity: (input as ResidentRecord).identity }) });
    await typeIdentity();
    await next();
    await waitFor(() =>
      expect(inputsOf(fake, 'residents.checkDuplicates')).toEqual([
        { surname: 'Məmmədov', firstName: 'Elvin', patronymic: 'Rəşid oğlu', birthDate: '2015-03-02', fin: '5ZK2M7P', birthCertSeries: null, birthCertNumber: null },
      ]),
    );
    await typeLegalAdmission();
    await next();
    await userEvent.click(await screen.findByRole('radio', { name: 'Var' }));
    await choose(/^Məhdudluğun kateqoriyası/, 'Eşitmə pozuntusu');
    await userEvent.type(screen.getByLabelText(/^Məktəb/), '5 nömrəli məktəb');
    await userEvent.type(screen.getByLabelText(/^Sinif/), '4');
    await next();

    // The review shows labels, not codes, and nothing has been written yet.
    expect(await screen.findByText('Valideynlər cəza çəkir')).toBeInTheDocument();
    expect(screen.getByText('Eşitmə pozuntusu')).toBeInTheDocument();
    expect(inputsOf(fake, 'residents.create')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Uşağı qeydiyyata al' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'residents.create')).toEqual([
        {
          identity: {
            surname: 'Məmmədov',
            firstName: 'Elvin',
            patronymic: 'Rəşid oğlu',
            sex: 'male',
            birthDate: '2015-03-02',
            birthPlace: null,
            citizenship: 'Azərbaycan Respublikası',
            fin: '5ZK2M7P',
            birthCertSeries: null,
            birthCertNumber: null,
          },
          legal: { legalStatusCode: 'deprived_of_care', deprivationReasonCodes: ['parents_imprisoned'] },
          admission: {
            admissionDate: '2024-09-01',
            basisBodyCode: 'court',
            basisNumber: 'Q-123',
            basisDate: '2024-08-20',
            referringBodyCode: null,
            reasonCodes: ['family_crisis'],
            sourceCode: 'family',
          },
          health: { disabilityStatus: 'disability', disabilityCategoryCode: 'hearing', diagnosis: null, needs: null, healthNotes: null },
          education: { educationTypeCode: null, schoolName: '5 nömrəli məktəb', grade: 4 },
        },
      ]),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Məmmədov Elvin Rəşid oğlu' })).toBeInTheDocument();
    expect(inputsOf(fake, 'residents.get')).toEqual([{ id: 'r-new' }]);
  });

  it('explains impossible dates beside their fields and sends nothing', async () => {
    const fake = renderNew();
    await typeIdentity('2099-01-01');
    await next();
    expect(await screen.findByText('Doğum tarixi gələcəkdə ola bilməz.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Doğum tarixi/)).toHaveAttribute('aria-invalid', 'true');
    expect(inputsOf(fake, 'residents.checkDuplicates')).toEqual([]);

    await userEvent.clear(screen.getByLabelText(/^Doğum tarixi/));
    await userEvent.type(screen.getByLabelText(/^Doğum tarixi/), '2015-03-02');
    await next();
    await typeLegalAdmission('2014-12-31');
    await next();
    expect(await screen.findByText('Qəbul doğum tarixindən əvvəl ola bilməz.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Qəbul tarixi/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Qərarın tarixi qəbuldan sonra ola bilməz.')).toBeInTheDocument();
    expect(inputsOf(fake, 'residents.create')).toEqual([]);
  });

  it('shows the missing deprivation reason together with the other empty fields on the first try', async () => {
    renderNew();
    await typeIdentity();
    await next();
    await choose(/^Hüquqi status/, 'Valideyn himayəsindən məhrum');
    await next();
    expect(await screen.findByText('Bu hüquqi status üçün ən azı bir səbəb lazımdır.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Qəbul tarixi/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('stops at a child already registered with the same FİN and links to the record', async () => {
    const fake = renderNew({ 'residents.checkDuplicates': () => ({ blocking: [existing], similar: [] }) });
    await typeIdentity();
    await next();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bu uşaq artıq qeydiyyatdadır');
    expect(within(alert).getByRole('link', { name: 'Məmmədov Elvin Rəşid oğlu' })).toHaveAttribute('href', '/residents/r-7');
    expect(within(alert).getByText(/eyni FİN/)).toBeInTheDocument();
    await next();
    await waitFor(() => expect(inputsOf(fake, 'residents.checkDuplicates')).toHaveLength(2));
    expect(screen.getByLabelText(/^Soyadı/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Hüquqi status/ })).not.toBeInTheDocument();
  });

  it('creates despite a similar name only after the user says it is a different child', async () => {
    const similar = { ...existing, id: 'r-8', fullName: 'Mamedov Elvin', reason: 'similarName' as const };
    const fake = renderNew({
      'residents.checkDuplicates': () => ({ blocking: [], similar: [similar] }),
      'residents.create': () => ({ ...elvin(), id: 'r-new' }),
    });
    await typeIdentity();
    await next();
    expect(await screen.findByText('Oxşar qeydlər var')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mamedov Elvin' })).toHaveAttribute('href', '/residents/r-8');
    await typeLegalAdmission();
    await next();
    await userEvent.click(await screen.findByRole('button', { name: 'Bu addımı keç' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Uşağı qeydiyyata al' }));
    expect(await screen.findByText('Yaratmaq üçün bunun başqa uşaq olduğunu təsdiq edin.')).toBeInTheDocument();
    expect(inputsOf(fake, 'residents.create')).toEqual([]);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Bu, başqa uşaqdır' }));
    await userEvent.click(screen.getByRole('button', { name: 'Uşağı qeydiyyata al' }));
    await waitFor(() => expect(inputsOf(fake, 'residents.create')).toHaveLength(1));
    const sent = inputsOf(fake, 'residents.create')[0] as Record<string, unknown>;
    expect(sent.confirmNotDuplicate).toBe(true);
    expect(sent).not.toHaveProperty('health');
  });

  it('takes a similar child named by the core at creation as a warning to confirm', async () => {
    const similar = { ...existing, id: 'r-9', fullName: 'Məmmədov Elvin Rəşidovich', reason: 'similarName' as const };
    const fake = renderNew({
      'residents.create': (input) => {
        if ((input as { confirmNotDuplicate?: boolean }).confirmNotDuplicate !== true) {
          throw new FakeFailure({ code: 'POSSIBLE_DUPLICATE', message: 'similar', details: { duplicates: [similar] } });
        }
        return { ...elvin(), id: 'r-new' };
      },
    });
    await typeIdentity();
    await next();
    await typeLegalAdmission();
    await next();
    await userEvent.click(await screen.findByRole('button', { name: 'Bu addımı keç' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Uşağı qeydiyyata al' }));
    expect(await screen.findByRole('link', { name: 'Məmmədov Elvin Rəşidovich' })).toHaveAttribute('href', '/residents/r-9');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bu, başqa uşaqdır' }));
    await userEvent.click(screen.getByRole('button', { name: 'Uşağı qeydiyyata al' }));
    await waitFor(() => expect(inputsOf(fake, 'residents.create')).toHaveLength(2));
    expect(inputsOf(fake, 'residents.create')[1]).toMatchObject({ confirmNotDuplicate: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Məmmədov Elvin Rəşid oğlu' })).toBeInTheDocument();
  });
});
