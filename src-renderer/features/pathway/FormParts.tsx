import { Button, Group, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { FormFailure } from '../../components/FormFailure';

/** A dialog holding one of the pathway's forms. */
export function FormModal({ opened, title, onClose, children }: { opened: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('pathway.close') }} size="lg">
      {children}
    </Modal>
  );
}

/**
 * The end of a form: why the last save failed where no field can say it (problems of the form's own
 * fields stand beside them), then Cancel and Save.
 */
export function FormFooter({
  error,
  isField,
  pending,
  onCancel,
  submitLabel,
}: {
  error: ApiError | null;
  isField: (path: string) => boolean;
  pending: boolean;
  onCancel?: () => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormFailure error={error} isField={isField} />
      <Group justify="flex-end">
        {onCancel !== undefined && (
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('pathway.cancel')}
          </Button>
        )}
        <Button type="submit" loading={pending}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
