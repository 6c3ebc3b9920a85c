import type { MinistryKeys } from '@contract/bundles';
import { Button, Checkbox, Group, Input, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { groupFingerprint } from './bundle-format';
import { KeyFacts } from './KeyFacts';

/**
 * Setting or changing the ministry's keys in two steps: the key (a file's text or a pasted `age1…`)
 * is read and its fingerprint shown; only once the director confirms that it matches what the
 * ministry gave is it set, with the fingerprint they confirmed.
 */
export function MinistryKeysModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('bundles.keysModal.title')} size="lg" closeButtonProps={{ 'aria-label': t('bundles.close') }}>
      <MinistryKeysForm onDone={onClose} />
    </Modal>
  );
}

/** Why the key text was refused, as an i18n key for the field itself: its own problem or the code's message. */
function textProblem(error: ApiError | null): { key: string; params: Record<string, string | number> } | null {
  if (error === null) {
    return null;
  }
  const issue = error.code === 'VALIDATION_FAILED' ? error.issues.find((candidate) => candidate.path === 'text') : undefined;
  return issue === undefined ? { key: `errors.${error.code}`, params: {} } : { key: issue.message, params: issue.params ?? {} };
}

function MinistryKeysForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [text, setText] = useState('');
  const [unreadable, setUnreadable] = useState(false);
  const [inspected, setInspected] = useState<MinistryKeys | null>(null);
  const inspect = useProcedureMutation('bundles.inspectMinistryKeys');
  const problem = textProblem(inspect.error);

  const changeText = (next: string) => {
    setText(next);
    inspect.reset();
  };

  const chooseFile = async (file: File | null) => {
    setUnreadable(false);
    if (file === null) {
      return;
    }
    try {
      changeText(await file.text());
    } catch {
      setUnreadable(true);
    }
  };

  if (inspected !== null) {
    return <ConfirmStep text={text} keys={inspected} onBack={() => setInspected(null)} onDone={onDone} />;
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        inspect.mutate({ text }, { onSuccess: setInspected });
      }}
    >
      <Stack gap="md">
        <Input.Wrapper
          id={fileId}
          label={t('bundles.keysModal.file')}
          description={t('bundles.keysModal.fileHint')}
          error={unreadable ? t('bundles.keysModal.unreadable') : undefined}
        >
          <input
            id={fileId}
            type="file"
            aria-invalid={unreadable}
            onChange={(event) => void chooseFile(event.currentTarget.files?.[0] ?? null)}
            style={{ display: 'block', marginTop: 6 }}
          />
        </Input.Wrapper>
        <Textarea
          label={t('bundles.keysModal.text')}
          description={t('bundles.keysModal.textHint')}
          value={text}
          onChange={(event) => changeText(event.currentTarget.value)}
          error={problem === null ? undefined : t(problem.key, problem.params)}
          autosize
          minRows={3}
          maxRows={10}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('bundles.keysModal.cancel')}
          </Button>
          <Button type="submit" loading={inspect.isPending}>
            {t('bundles.keysModal.check')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The fingerprint to compare with the ministry's, and the confirmation that sets the keys. */
function ConfirmStep({ text, keys, onBack, onDone }: { text: string; keys: MinistryKeys; onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [matches, setMatches] = useState(false);
  const save = useProcedureMutation('bundles.setMinistryKeys', ['bundles.keys', 'audit.list']);
  const confirm = () =>
    save.mutate(
      { text, confirmedFingerprint: keys.fingerprint },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('bundles.ministry.saved') });
          onDone();
        },
      },
    );
  return (
    <Stack gap="md">
      <KeyFacts
        facts={[
          { term: t('bundles.ministry.fingerprint'), value: groupFingerprint(keys.fingerprint), large: true },
          { term: t('bundles.ministry.recipient'), value: keys.recipient },
          keys.receiptKeyId === null
            ? { term: t('bundles.ministry.receiptKeyId'), value: t('bundles.ministry.noReceiptKey'), mono: false }
            : { term: t('bundles.ministry.receiptKeyId'), value: keys.receiptKeyId },
        ]}
      />
      <Text size="sm">{t('bundles.keysModal.confirmIntro')}</Text>
      <Checkbox label={t('bundles.keysModal.matches')} checked={matches} onChange={(event) => setMatches(event.currentTarget.checked)} />
      <ErrorAlert error={save.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack} disabled={save.isPending}>
          {t('bundles.keysModal.back')}
        </Button>
        <Button onClick={confirm} disabled={!matches} loading={save.isPending}>
          {t('bundles.keysModal.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
