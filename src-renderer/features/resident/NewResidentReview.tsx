import type { Identity } from '@contract/residents';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { HealthEducation, LegalAdmission } from './resident-form';
import { AdmissionView, EducationView, HealthView, IdentityView, LegalView } from './ResidentViews';

/** Everything typed, as it will be recorded, before anything is sent. */
export function NewResidentReview({
  identity,
  legalAdmission,
  healthEducation,
}: {
  identity: Identity;
  legalAdmission: LegalAdmission;
  healthEducation: HealthEducation | null;
}) {
  const { t } = useTranslation();
  const { legalStatusCode, deprivationReasonCodes, ...admission } = legalAdmission;
  return (
    <Stack gap="lg">
      <Text c="dimmed">{t('resident.new.reviewIntro')}</Text>
      <section>
        <Title order={3} size="h5" mb="xs">
          {t('resident.tabs.identity')}
        </Title>
        <IdentityView identity={identity} />
      </section>
      <section>
        <Title order={3} size="h5" mb="xs">
          {t('resident.tabs.legal')}
        </Title>
        <LegalView legal={{ legalStatusCode, deprivationReasonCodes }} />
        <AdmissionView admission={admission} />
      </section>
      <section>
        <Title order={3} size="h5" mb="xs">
          {t('resident.tabs.health')}
        </Title>
        {healthEducation === null ? (
          <Text size="sm" c="dimmed">
            {t('resident.new.healthSkipped')}
          </Text>
        ) : (
          <Stack gap="xs">
            <HealthView health={healthEducation} />
            <EducationView education={healthEducation} />
          </Stack>
        )}
      </section>
    </Stack>
  );
}
