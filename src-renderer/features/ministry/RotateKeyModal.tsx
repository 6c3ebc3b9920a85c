import type { PublicKeyFacts, RegistryInstitution } from '@contract/ministry';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { KeyConfirm } from './KeyConfirm';
import { keyTextProblem, KeyTextInput } from './KeyTextInput';

/**
 * A new key for an institution: its rotation file (the new key signed by the old one, made with
 * `keys rotate`), or a plain public key whose fingerprint the admin confirms by hand. The old key
 * stays valid until it is revoked.
 */
export function RotateKeyModal({ institution, onClose }: { institution: RegistryInstitution | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={institution !== null}
      onClose={onClose}
      title={t('ministry.rotate.title', { name: institution?.name ?? '' })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('ministry.close') }}
    >
      {institution !== null && <RotateForm code={institution.code} onDone={onClose} />}
    </Modal>
  );
}

function RotateForm({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [facts, setFacts] = useState<PublicKeyFacts | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const inspect = useProcedureMutation('ministry.inspectPublicKey');
  const rotate = useProcedureMutation('ministry.rotateKey', ['ministry.registry', 'audit.list']);
  const change = (next: string) => {
    setText(next);
    setFacts(null);
    setConfirmed(false);
    inspect.reset();
    rotate.reset();
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (facts === null) {
          inspect.mutate({ text }, { onSuccess: setFacts });
          return;
        }
        rotate.mutate(
          { code, text, confirmedFingerprint: facts.fingerprint },
          {
            onSuccess: (added) => {
              notifications.show({ color: 'teal', message: t('ministry.rotate.done', { keyId: added.keyId }) });
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('ministry.rotate.intro')}</Text>
        <KeyTextInput label={t('ministry.rotate.text')} value={text} onChange={change} error={keyTextProblem(inspect.error ?? rotate.error, 'text')} />
        {facts !== null && <KeyConfirm facts={facts} confirmed={confirmed} onConfirmed={setConfirmed} />}
        {rotate.error !== null && rotate.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={rotate.error} />}
        {rotate.error?.issues.some((issue) => issue.path === 'signature') === true && (
          <Text c="red" size="sm" role="alert">
            {t('validation.rotationSignature')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('ministry.cancel')}
          </Button>
          {facts === null ? (
            <Button type="submit" loading={inspect.isPending}>
              {t('ministry.key.check')}
            </Button>
          ) : (
            <Button type="submit" disabled={!confirmed} loading={rotate.isPending}>
              {t('ministry.rotate.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
