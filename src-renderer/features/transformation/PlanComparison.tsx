import { isUnchanged } from '@contract/transformation-compare';
import type { FieldDiff, PlanDiff, SectionDiff } from '@contract/transformation-views';
import { List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { TransformationPlan } from './plan-form';
import type { DiffPlace } from './useDiffText';
import { useDiffText } from './useDiffText';

/** What changed between two revisions, section by section, in words: added, removed, changed (before → after). */
export function PlanComparison({ diff, plan }: { diff: PlanDiff; plan: TransformationPlan }) {
  const { t } = useTranslation();
  const text = useDiffText(plan);
  if (isUnchanged(diff)) {
    return <Text c="dimmed">{t('transformation.diff.none')}</Text>;
  }
  const sections = diff.sections.filter((section) => section.added.length + section.removed.length + section.changed.length > 0);
  return (
    <Stack gap="md">
      {diff.plan.length > 0 && (
        <DiffBlock title={t('transformation.diff.sections.plan')}>
          <Changes place="plan" changes={diff.plan} text={text} />
        </DiffBlock>
      )}
      {sections.map((section) => (
        <DiffBlock key={section.section} title={t(`transformation.diff.sections.${section.section}`)}>
          <SectionChanges section={section} text={text} />
        </DiffBlock>
      ))}
    </Stack>
  );
}

type DiffText = ReturnType<typeof useDiffText>;

function DiffBlock({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Changes({ place, changes, text }: { place: DiffPlace; changes: readonly FieldDiff[]; text: DiffText }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {changes.map((change) => (
        <List.Item key={change.field}>
          {t('transformation.diff.change', {
            field: text.field(place, change.field),
            before: text.value(change.field, change.before),
            after: text.value(change.field, change.after),
          })}
        </List.Item>
      ))}
    </List>
  );
}

function SectionChanges({ section, text }: { section: SectionDiff; text: DiffText }) {
  const { t } = useTranslation();
  const place = section.section;
  return (
    <List size="sm" spacing={4}>
      {section.added.map((entry) => (
        <List.Item key={`added-${entry.id}`}>{t('transformation.diff.added', { name: text.item(place, entry) })}</List.Item>
      ))}
      {section.removed.map((entry) => (
        <List.Item key={`removed-${entry.id}`}>{t('transformation.diff.removed', { name: text.item(place, entry) })}</List.Item>
      ))}
      {section.changed.map((entry) => (
        <List.Item key={`changed-${entry.id}`}>
          {t('transformation.diff.changed', { name: text.item(place, entry) })}
          <Changes place={place} changes={entry.changes} text={text} />
        </List.Item>
      ))}
    </List>
  );
}
