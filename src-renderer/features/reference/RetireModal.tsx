import type { ReferenceItem } from '@contract/reference';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/useLanguage';
import { REFERENCE_CHANGE_REFRESH } from './reference-form';

/**
 * Asks before retiring an item (or bringing a retired one back). Items are never deleted: the
 * records that hold a retired code keep it and still show its name.
 */
export function RetireModal({
  opened,
  item,
  onClose,
}: {
  opened: boolean;
  item: ReferenceItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const retiring = !(item?.retired ?? false);
  return (
    <Modal
      opened={opened && item !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('reference.close') }}
      title={retiring ? t('reference.retire.retireTitle') : t('reference.retire.restoreTitle')}
    >
      {item !== null && <Confirmation item={item} onDone={onClose} />}
    </Modal>
  );
}

function Confirmation({ item, onDone }: { item: ReferenceItem; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setRetired = useProcedureMutation('reference.setRetired', REFERENCE_CHANGE_REFRESH);
  const retiring = !item.retired;
  const names = { label: item.labels[language], code: item.code };
  const confirm = () =>
    setRetired.mutate(
      { kind: item.kind, code: item.code, retired: retiring },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: retiring ? t('reference.notify.retired', names) : t('reference.notify.restored', names),
          });
          onDone();
        },
      },
    );
  return (
    <Stack gap="md">
      <Text size="sm">
        {retiring ? t('reference.retire.retireExplain', names) : t('reference.retire.restoreExplain', names)}
      </Text>
      <ErrorAlert error={setRetired.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={setRetired.isPending} data-autofocus>
          {t('reference.cancel')}
        </Button>
        <Button color={retiring ? 'red' : 'teal'} onClick={confirm} loading={setRetired.isPending}>
          {retiring ? t('reference.actions.retire') : t('reference.actions.restore')}
        </Button>
      </Group>
    </Stack>
  );
}
