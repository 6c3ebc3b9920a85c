import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { CapacityRefusal } from './referral-form';

/**
 * The core refused a place because the service is full. Services do take a child over their
 * number, so the user may go on, but only by saying so here.
 */
export function CapacityWarning({
  refusal,
  question,
  confirmLabel,
  pending,
  onConfirm,
}: {
  refusal: CapacityRefusal;
  /** What going on means here, e.g. "Refer anyway?". */
  question: string;
  /** The action repeated with the user's consent, e.g. "Refer anyway". */
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('services.capacity.title')}>
      <Text size="sm">
        {refusal.capacity === null
          ? t('services.capacity.fullNoNumbers')
          : t('services.capacity.full', { load: refusal.load, capacity: refusal.capacity })}{' '}
        {question}
      </Text>
      <Group justify="flex-end" mt="sm">
        <Button color="orange" onClick={onConfirm} loading={pending}>
          {confirmLabel}
        </Button>
      </Group>
    </Alert>
  );
}
