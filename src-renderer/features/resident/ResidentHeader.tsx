import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ResidenceStatus, ResidentRecord } from '@contract/residents';
import { Avatar, Badge, Button, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useShownName } from '../../components/useShownName';
import { useLanguage } from '../../i18n/useLanguage';
import { AbsenceModal } from './AbsenceModal';
import { downloadBase64 } from './case-file-download';

const STATUS_COLORS: Record<ResidenceStatus, string> = { in_residence: 'teal', temporarily_absent: 'yellow', exited: 'gray' };

const PHOTO_SIZE = 96;

/** The child's chosen photo, read from the record's files; initials while there is none. */
function Photo({ attachmentId, name, initials }: { attachmentId: string | null; name: string; initials: string }) {
  const { t } = useTranslation();
  const photo = useProcedureQuery('attachments.get', { id: attachmentId ?? '' }, { enabled: attachmentId !== null });
  if (attachmentId === null || photo.data === undefined) {
    return (
      <Avatar size={PHOTO_SIZE} radius="md" color="blue" aria-hidden>
        {initials}
      </Avatar>
    );
  }
  const { attachment, contentBase64 } = photo.data;
  return (
    <Image
      src={`data:${attachment.mimeType};base64,${contentBase64}`}
      alt={t('resident.header.photoAlt', { name })}
      w={PHOTO_SIZE}
      h={PHOTO_SIZE}
      radius="md"
      fit="cover"
    />
  );
}

/** Photo, name, age and status of the child, with printing the case file and marking an absence. */
export function ResidentHeader({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [absenceOpen, setAbsenceOpen] = useState(false);
  const caseFile = useProcedureMutation('residents.caseFile');
  const name = useShownName()({ ...record.identity, secret: record.secret });
  const hidden = record.secret && record.identity.surname === '';
  const initials = hidden ? '—' : `${record.identity.surname.charAt(0)}${record.identity.firstName.charAt(0)}`;
  const currentStay = record.stays.at(-1);
  const canMarkAbsence = record.status !== 'exited' && isAllowed('residents.setAbsence', role);
  return (
    <Stack gap="sm">
      <Group align="flex-start" justify="space-between" wrap="wrap" gap="lg">
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <Photo attachmentId={record.photoAttachmentId} name={name} initials={initials} />
          <Stack gap={6}>
            <Title order={1}>{name}</Title>
            <Group gap="sm">
              <Text>{t('resident.header.age', { age: record.age })}</Text>
              <Badge color={STATUS_COLORS[record.status]} variant="light" tt="none">
                {t(`residentEnums.status.${record.status}`)}
              </Badge>
              {record.secret && (
                <Badge color="grape" variant="light" tt="none">
                  {t('common.secretBadge')}
                </Badge>
              )}
            </Group>
            {record.status === 'temporarily_absent' && currentStay?.absenceNote && (
              <Text size="sm" c="dimmed">
                {currentStay.absenceNote}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="sm">
          {isAllowed('residents.caseFile', role) && !hidden && (
            <Button
              variant="default"
              loading={caseFile.isPending}
              loaderProps={{ 'aria-label': t('resident.header.generating') }}
              onClick={() =>
                caseFile.mutate(
                  { id: record.id, language },
                  { onSuccess: (file) => downloadBase64(file.fileName, file.pdfBase64, 'application/pdf') },
                )
              }
            >
              {t('resident.header.printCaseFile')}
            </Button>
          )}
          {canMarkAbsence && (
            <Button variant="light" onClick={() => setAbsenceOpen(true)}>
              {record.status === 'temporarily_absent' ? t('resident.header.markReturned') : t('resident.header.markAbsent')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={caseFile.error} title={t('resident.header.caseFileFailed')} />
      {canMarkAbsence && <AbsenceModal record={record} opened={absenceOpen} onClose={() => setAbsenceOpen(false)} />}
    </Stack>
  );
}
