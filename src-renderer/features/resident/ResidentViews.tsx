import type { Sex } from '@contract/residents';
import type { DisabilityStatus } from '@contract/residents';
import { useTranslation } from 'react-i18next';

import { useReferenceLabel } from '../institution/useReferenceLabel';
import { FieldList } from './FieldList';
import { useDateText } from './useDateText';

type IdentityShown = {
  surname: string;
  firstName: string;
  patronymic: string | null;
  sex: Sex;
  birthDate: string;
  birthPlace: string | null;
  citizenship: string | null;
  fin: string | null;
  birthCertSeries: string | null;
  birthCertNumber: string | null;
};

/** The identity section, read-only. */
export function IdentityView({ identity }: { identity: IdentityShown }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const certificate = [identity.birthCertSeries, identity.birthCertNumber].filter((part) => part !== null).join(' ');
  return (
    <FieldList
      rows={[
        { label: t('residentFields.surname'), value: identity.surname },
        { label: t('residentFields.firstName'), value: identity.firstName },
        { label: t('residentFields.patronymic'), value: identity.patronymic },
        { label: t('residentFields.sex'), value: t(`residentEnums.sex.${identity.sex}`) },
        { label: t('residentFields.birthDate'), value: date(identity.birthDate) },
        { label: t('residentFields.birthPlace'), value: identity.birthPlace },
        { label: t('residentFields.citizenship'), value: identity.citizenship },
        { label: t('residentFields.fin'), value: identity.fin },
        { label: t('residentFields.birthCertificate'), value: certificate },
      ]}
    />
  );
}

/** The legal status and its reasons, as labels in the UI language. */
export function LegalView({ legal }: { legal: { legalStatusCode: string; deprivationReasonCodes: readonly string[] } }) {
  const { t } = useTranslation();
  const status = useReferenceLabel('legal_status');
  const reason = useReferenceLabel('deprivation_reason');
  return (
    <FieldList
      rows={[
        { label: t('residentFields.legalStatus'), value: status(legal.legalStatusCode) },
        { label: t('residentFields.deprivationReasons'), value: legal.deprivationReasonCodes.map(reason).join('; ') },
      ]}
    />
  );
}

type AdmissionShown = {
  admissionDate: string;
  basisBodyCode: string;
  basisNumber: string | null;
  basisDate: string | null;
  referringBodyCode: string | null;
  reasonCodes: readonly string[];
  sourceCode: string;
};

/** One admission: date, decision, referring body, reasons, source. */
export function AdmissionView({ admission }: { admission: AdmissionShown }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const body = useReferenceLabel('decision_body');
  const referring = useReferenceLabel('referring_body');
  const reason = useReferenceLabel('admission_reason');
  const source = useReferenceLabel('admission_source');
  return (
    <FieldList
      rows={[
        { label: t('residentFields.admissionDate'), value: date(admission.admissionDate) },
        { label: t('residentFields.basisBody'), value: body(admission.basisBodyCode) },
        { label: t('residentFields.basisNumber'), value: admission.basisNumber },
        { label: t('residentFields.basisDate'), value: date(admission.basisDate) },
        { label: t('residentFields.referringBody'), value: referring(admission.referringBodyCode) },
        { label: t('residentFields.admissionReasons'), value: admission.reasonCodes.map(reason).join('; ') },
        { label: t('residentFields.admissionSource'), value: source(admission.sourceCode) },
      ]}
    />
  );
}

type HealthShown = {
  disabilityStatus: DisabilityStatus;
  disabilityCategoryCode: string | null;
  diagnosis: string | null;
  needs: string | null;
  healthNotes: string | null;
};

/** Health and disability. */
export function HealthView({ health }: { health: HealthShown }) {
  const { t } = useTranslation();
  const category = useReferenceLabel('disability_category');
  return (
    <FieldList
      rows={[
        { label: t('residentFields.disabilityStatus'), value: t(`residentEnums.disabilityStatus.${health.disabilityStatus}`) },
        ...(health.disabilityStatus === 'disability'
          ? [{ label: t('residentFields.disabilityCategory'), value: category(health.disabilityCategoryCode) }]
          : []),
        { label: t('residentFields.diagnosis'), value: health.diagnosis },
        { label: t('residentFields.needs'), value: health.needs },
        { label: t('residentFields.healthNotes'), value: health.healthNotes },
      ]}
    />
  );
}

/** Schooling. */
export function EducationView({ education }: { education: { educationTypeCode: string | null; schoolName: string | null; grade: number | null } }) {
  const { t } = useTranslation();
  const type = useReferenceLabel('education_type');
  return (
    <FieldList
      rows={[
        { label: t('residentFields.educationType'), value: type(education.educationTypeCode) },
        { label: t('residentFields.schoolName'), value: education.schoolName },
        { label: t('residentFields.grade'), value: education.grade === null ? null : String(education.grade) },
      ]}
    />
  );
}
