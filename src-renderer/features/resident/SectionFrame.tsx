import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A section of the record: its title and, for those who may change it, an Edit button. */
export function SectionFrame({
  title,
  canEdit,
  onEdit,
  actions,
  children,
}: {
  title: string;
  canEdit: boolean;
  onEdit?: () => void;
  /** Further buttons beside the title (e.g. "Add"). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Group gap="xs">
          {actions}
          {canEdit && onEdit !== undefined && (
            <Button size="compact-sm" variant="light" onClick={onEdit} aria-label={t('resident.section.editSection', { section: title })}>
              {t('resident.section.edit')}
            </Button>
          )}
        </Group>
      </Group>
      {children}
    </Stack>
  );
}

/**
 * Someone else saved this record after it was opened here. Nothing is overwritten: the user reloads
 * and sees what is recorded now.
 */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('resident.conflict.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('resident.conflict.message')}</Text>
        <Button size="compact-sm" variant="white" color="orange" onClick={onReload}>
          {t('resident.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** A failed save: the conflict notice with its reload button, or the error's translated message. */
export function SaveFailure({ error, onReload, hide = [] }: { error: ApiError | null; onReload: () => void; hide?: readonly string[] }) {
  if (error === null || error.code === 'VALIDATION_FAILED' || hide.includes(error.code)) {
    return null;
  }
  return error.code === 'CONFLICT' ? <ConflictAlert onReload={onReload} /> : <ErrorAlert error={error} />;
}

/** An open section editor: the inputs, what went wrong, Cancel and Save. */
export function SectionForm({
  onSubmit,
  onCancel,
  onReload,
  error,
  pending,
  hideErrors,
  children,
}: {
  onSubmit: () => void;
  onCancel: () => void;
  onReload: () => void;
  error: ApiError | null;
  pending: boolean;
  /** Error codes the inputs already explain (e.g. duplicates shown with their links). */
  hideErrors?: readonly string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const conflict = error?.code === 'CONFLICT';
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="md">
        {children}
        <SaveFailure error={error} onReload={onReload} hide={hideErrors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('resident.actions.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={conflict}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
