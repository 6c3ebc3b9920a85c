import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import { referenceKinds } from '@contract/reference';
import { Button, Center, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReferenceItemModal } from './ReferenceItemModal';
import type { ReferenceAction } from './ReferenceTable';
import { ReferenceTable } from './ReferenceTable';
import { RetireModal } from './RetireModal';

/**
 * Which dialog is open, and for which item. Closing keeps the item, so a dialog keeps its text while
 * it fades out.
 */
type Dialog = { kind: 'add' | ReferenceAction | null; item: ReferenceItem | null };

/**
 * Reference data (director only): the lists the records choose from. Items are added, renamed and
 * retired, never deleted, and their codes never change, because the records store the code.
 */
export function ReferenceDataPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReferenceKind>(referenceKinds[0]);
  const items = useProcedureQuery('reference.list', { kind, includeRetired: true });
  const [dialog, setDialog] = useState<Dialog>({ kind: null, item: null });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const formOpen = dialog.kind === 'add' || dialog.kind === 'rename';
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('reference.title')}</Title>
        <Text c="dimmed">{t('reference.intro')}</Text>
      </div>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('reference.kindLabel')}
          data={referenceKinds.map((value) => ({ value, label: t(`reference.kinds.${value}`) }))}
          value={kind}
          onChange={(next) => {
            const chosen = referenceKinds.find((candidate) => candidate === next);
            if (chosen !== undefined) {
              setKind(chosen);
            }
          }}
          allowDeselect={false}
          w={{ base: '100%', sm: 420 }}
        />
        <Button onClick={() => setDialog({ kind: 'add', item: null })} disabled={items.data === undefined}>
          {t('reference.addItem')}
        </Button>
      </Group>
      <ErrorAlert error={items.error} />
      {items.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {items.data && (
        <Paper withBorder radius="md">
          <ReferenceTable kind={kind} items={items.data} onAction={(action, item) => setDialog({ kind: action, item })} />
        </Paper>
      )}
      <ReferenceItemModal
        opened={formOpen}
        kind={kind}
        item={dialog.kind === 'add' ? null : dialog.item}
        items={items.data ?? []}
        onClose={close}
      />
      <RetireModal opened={dialog.kind === 'retire'} item={dialog.item} onClose={close} />
    </Stack>
  );
}
