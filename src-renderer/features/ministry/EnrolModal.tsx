import type { PublicKeyFacts } from '@contract/ministry';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { FormFailure } from '../../components/FormFailure';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import { KeyConfirm } from './KeyConfirm';
import { keyTextProblem, KeyTextInput } from './KeyTextInput';

type Values = { code: string; name: string; regionCode: string | null; typeCode: string | null; publicKeyFile: string };
const EMPTY: Values = { code: '', name: '', regionCode: null, typeCode: null, publicKeyFile: '' };
const FIELDS = new Set(['code', 'name', 'regionCode', 'typeCode', 'publicKeyFile']);

/**
 * Enrolling an institution: code, name, region and type, and its public key; the key is read and
 * its fingerprint shown, and only once the admin confirms it matches what the institution reads out
 * is the institution enrolled.
 */
export function EnrolModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('ministry.enrol.title')} size="lg" closeButtonProps={{ 'aria-label': t('ministry.close') }}>
      <EnrolForm onDone={onClose} />
    </Modal>
  );
}

function EnrolForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const [facts, setFacts] = useState<PublicKeyFacts | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const inspect = useProcedureMutation('ministry.inspectPublicKey');
  const enrol = useProcedureMutation('ministry.enrol', ['ministry.registry', 'ministry.overview', 'audit.list']);
  const set = <F extends keyof Values>(field: F, value: Values[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    enrol.reset();
    if (field === 'publicKeyFile') {
      inspect.reset();
      setFacts(null);
      setConfirmed(false);
    }
  };
  const fieldError = (path: string) => {
    const issue = enrol.error?.issues.find((candidate) => candidate.path === path);
    return issue === undefined ? undefined : t(issue.message, issue.params ?? {});
  };
  const save = () =>
    enrol.mutate(
      { ...values, confirmedFingerprint: facts?.fingerprint ?? '' },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('ministry.enrol.done', { code: values.code.toUpperCase() }) });
          onDone();
        },
      },
    );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (facts === null) {
          inspect.mutate({ text: values.publicKeyFile }, { onSuccess: setFacts });
        } else {
          save();
        }
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('ministry.enrol.code')} required value={values.code} onChange={(event) => set('code', event.currentTarget.value)} error={fieldError('code')} />
          <TextInput label={t('ministry.enrol.name')} required value={values.name} onChange={(event) => set('name', event.currentTarget.value)} error={fieldError('name')} />
          <ReferenceSelect kind="region" label={t('ministry.enrol.region')} value={values.regionCode} onChange={(code) => set('regionCode', code)} error={fieldError('regionCode')} alphabetical clearable />
          <ReferenceSelect kind="institution_type" label={t('ministry.enrol.type')} value={values.typeCode} onChange={(code) => set('typeCode', code)} error={fieldError('typeCode')} clearable />
        </SimpleGrid>
        <KeyTextInput
          label={t('ministry.enrol.publicKey')}
          value={values.publicKeyFile}
          onChange={(text) => set('publicKeyFile', text)}
          error={keyTextProblem(inspect.error, 'text') ?? (fieldError('publicKeyFile') === undefined ? null : 'validation.publicKey')}
        />
        {facts !== null && <KeyConfirm facts={facts} confirmed={confirmed} onConfirmed={setConfirmed} />}
        <FormFailure error={enrol.error} isField={(path) => FIELDS.has(path)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('ministry.cancel')}
          </Button>
          {facts === null ? (
            <Button type="submit" loading={inspect.isPending}>
              {t('ministry.key.check')}
            </Button>
          ) : (
            <Button type="submit" disabled={!confirmed} loading={enrol.isPending}>
              {t('ministry.enrol.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
