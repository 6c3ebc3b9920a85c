import { isAllowed } from '@contract/access';
import type { Attachment } from '@contract/attachments';
import type { Language, Role } from '@contract/common';
import type { ResidentRecord } from '@contract/residents';
import { Badge, Button, Center, Group, Loader, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLanguage } from '../../../i18n/useLanguage';
import { AddFileModal } from '../AddFileModal';
import { downloadBase64 } from '../case-file-download';
import { isImageType } from '../file-upload';
import { SaveFailure, SectionFrame } from '../SectionFrame';
import { useDateText } from '../useDateText';
import { RECORD_CHANGE_REFRESH, useReloadResident } from '../useResident';

const TYPE_NAMES: Record<Attachment['mimeType'], string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** A file size in the language's own units, e.g. "1,2 MB" / "1,2 МБ". */
export function fileSizeText(bytes: number, language: Language): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The record's documents and photos: open, add, and choose a photo as the child's. */
export function FilesSection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { dateTime } = useDateText();
  const files = useProcedureQuery('attachments.list', { residentId: record.id });
  const [adding, setAdding] = useState(false);
  const open = useProcedureMutation('attachments.get');
  const setPhoto = useProcedureMutation('residents.setPhoto', RECORD_CHANGE_REFRESH);
  const reload = useReloadResident(record.id);
  const canAdd = isAllowed('attachments.add', role);
  const canSetPhoto = isAllowed('residents.setPhoto', role);
  return (
    <SectionFrame
      title={t('resident.tabs.files')}
      canEdit={false}
      actions={
        canAdd && (
          <Button size="compact-sm" onClick={() => setAdding(true)}>
            {t('resident.files.add')}
          </Button>
        )
      }
    >
      <ErrorAlert error={files.error ?? open.error} />
      <SaveFailure error={setPhoto.error} onReload={() => void reload().then(() => setPhoto.reset())} />
      {files.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {files.data?.length === 0 && <Text c="dimmed">{t('resident.files.empty')}</Text>}
      {files.data !== undefined && files.data.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="sm" aria-label={t('resident.tabs.files')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('resident.files.name')}</Table.Th>
                <Table.Th scope="col">{t('resident.files.kind')}</Table.Th>
                <Table.Th scope="col">{t('resident.files.type')}</Table.Th>
                <Table.Th scope="col">{t('resident.files.size')}</Table.Th>
                <Table.Th scope="col">{t('resident.files.description')}</Table.Th>
                <Table.Th scope="col">{t('resident.files.uploadedAt')}</Table.Th>
                <Table.Th scope="col">{t('resident.actions.column')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.data.map((file) => (
                <Table.Tr key={file.id}>
                  <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {file.fileName}
                    {file.id === record.photoAttachmentId && (
                      <Badge ml="xs" variant="light" tt="none">
                        {t('resident.files.currentPhoto')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{t(`resident.files.kinds.${file.kind}`)}</Table.Td>
                  <Table.Td>{TYPE_NAMES[file.mimeType]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{fileSizeText(file.size, language)}</Table.Td>
                  <Table.Td>{file.description ?? ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {dateTime(file.uploadedAt)}
                    {file.uploadedByName !== null && (
                      <Text size="xs" c="dimmed">
                        {file.uploadedByName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('resident.files.openOf', { name: file.fileName })}
                        loading={open.isPending && open.variables.id === file.id}
                        onClick={() =>
                          open.mutate(
                            { id: file.id },
                            { onSuccess: ({ attachment, contentBase64 }) => downloadBase64(attachment.fileName, contentBase64, attachment.mimeType) },
                          )
                        }
                      >
                        {t('resident.files.open')}
                      </Button>
                      {canSetPhoto && isImageType(file.mimeType) && file.id !== record.photoAttachmentId && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t('resident.files.usePhotoOf', { name: file.fileName })}
                          loading={setPhoto.isPending && setPhoto.variables.attachmentId === file.id}
                          onClick={() =>
                            setPhoto.mutate(
                              { id: record.id, version: record.version, attachmentId: file.id },
                              { onSuccess: () => notifications.show({ color: 'teal', message: t('resident.files.photoChosen') }) },
                            )
                          }
                        >
                          {t('resident.files.usePhoto')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canAdd && <AddFileModal residentId={record.id} opened={adding} onClose={() => setAdding(false)} />}
    </SectionFrame>
  );
}
