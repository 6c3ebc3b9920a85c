import type { AgeGroup, ResidenceStatus, Sex } from '@contract/residents';
import { ageGroups, residenceStatuses, sexes } from '@contract/residents';
import { Fieldset, MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import { ReferenceMultiSelect } from '../../components/ReferenceMultiSelect';
import type { DisabilityChoice, ResidentFilterValues } from './resident-filter';

const disabilityChoices: readonly DisabilityChoice[] = ['any', 'yes', 'no'];

/** The values of `chosen` that are among `allowed`, typed as such. */
function onlyOf<T extends string>(allowed: readonly T[], chosen: readonly string[]): T[] {
  return allowed.filter((value) => chosen.includes(value));
}

/**
 * Status, age, sex, disability, legal status and schooling: each change asks the core for the list
 * again. (The page's toolbar has the button that resets them.)
 */
export const ResidentFilters = memo(function ResidentFilters({
  values,
  onChange,
}: {
  values: ResidentFilterValues;
  onChange: (values: ResidentFilterValues) => void;
}) {
  const { t } = useTranslation();
  const set = <F extends keyof ResidentFilterValues>(field: F, value: ResidentFilterValues[F]) => onChange({ ...values, [field]: value });
  const all = t('residents.filters.all');
  return (
    <Fieldset legend={t('residents.filters.legend')} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="xs">
        <MultiSelect
          label={t('residentFields.status')}
          placeholder={values.statuses.length === 0 ? all : undefined}
          data={residenceStatuses.map((status) => ({ value: status, label: t(`residentEnums.status.${status}`) }))}
          value={values.statuses}
          onChange={(chosen) => set('statuses', onlyOf<ResidenceStatus>(residenceStatuses, chosen))}
        />
        <MultiSelect
          label={t('residents.filters.ageGroup')}
          placeholder={values.ageGroups.length === 0 ? all : undefined}
          data={ageGroups.map((group) => ({ value: group, label: t(`residentEnums.ageGroup.${group}`) }))}
          value={values.ageGroups}
          onChange={(chosen) => set('ageGroups', onlyOf<AgeGroup>(ageGroups, chosen))}
        />
        <Select
          label={t('residentFields.sex')}
          placeholder={all}
          data={sexes.map((sex) => ({ value: sex, label: t(`residentEnums.sex.${sex}`) }))}
          value={values.sex}
          onChange={(sex) => set('sex', onlyOf<Sex>(sexes, sex === null ? [] : [sex])[0] ?? null)}
          clearable
          clearButtonProps={{ 'aria-label': t('residents.filters.clearField') }}
        />
        <Select
          label={t('residentFields.disabilityStatus')}
          data={disabilityChoices.map((choice) => ({
            value: choice,
            label:
              choice === 'any'
                ? all
                : t(`residentEnums.disabilityStatus.${choice === 'yes' ? 'disability' : 'none'}`),
          }))}
          value={values.disability}
          onChange={(choice) => set('disability', onlyOf<DisabilityChoice>(disabilityChoices, choice === null ? [] : [choice])[0] ?? 'any')}
          allowDeselect={false}
        />
        <ReferenceMultiSelect
          kind="legal_status"
          label={t('residentFields.legalStatus')}
          value={values.legalStatusCodes}
          onChange={(codes) => set('legalStatusCodes', codes)}
        />
        <ReferenceMultiSelect
          kind="education_type"
          label={t('residentFields.educationType')}
          value={values.educationTypeCodes}
          onChange={(codes) => set('educationTypeCodes', codes)}
        />
      </SimpleGrid>
    </Fieldset>
  );
});
