import { Input, Stack, Textarea } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';

/** Why the key text was refused, for the field itself: its own problem, or the code's message. */
export function keyTextProblem(error: ApiError | null, path: string): string | null {
  if (error === null) {
    return null;
  }
  const issue = error.code === 'VALIDATION_FAILED' ? error.issues.find((candidate) => candidate.path === path) : undefined;
  return issue === undefined ? (error.code === 'VALIDATION_FAILED' ? null : `errors.${error.code}`) : issue.message;
}

/**
 * An institution's key, loaded from its file (`.pub`, or the `.korpu-key-rotation` file of a
 * rotation) or pasted. The text stays visible, so what is checked is what the admin sees.
 */
export function KeyTextInput({ label, value, onChange, error }: { label: string; value: string; onChange: (text: string) => void; error: string | null }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [unreadable, setUnreadable] = useState(false);
  const chooseFile = async (file: File | null) => {
    setUnreadable(false);
    if (file === null) {
      return;
    }
    try {
      onChange(await file.text());
    } catch {
      setUnreadable(true);
    }
  };
  return (
    <Stack gap="xs">
      <Input.Wrapper id={fileId} label={t('ministry.key.file')} description={t('ministry.key.fileHint')} error={unreadable ? t('ministry.key.unreadable') : undefined}>
        <input id={fileId} type="file" aria-invalid={unreadable} onChange={(event) => void chooseFile(event.currentTarget.files?.[0] ?? null)} style={{ display: 'block', marginTop: 6 }} />
      </Input.Wrapper>
      <Textarea
        label={label}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error === null ? undefined : t(error)}
        autosize
        minRows={2}
        maxRows={8}
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
    </Stack>
  );
}
