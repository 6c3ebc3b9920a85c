import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What the file picker offers; any file may be dropped, and the core says why one is refused. */
const BUNDLE_FILES = '.korpu,.zip';

/**
 * Where bundle files are dropped (from a USB stick or an e-mail's attachments), or chosen with the
 * file picker — the keyboard's way in. Several files at once.
 */
export function DropArea({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const resetRef = useRef<() => void>(null);
  return (
    <Paper
      withBorder
      p="xl"
      radius="md"
      role="region"
      aria-label={t('ministry.import.dropLabel')}
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-color-blue-6)' : undefined }}
      bg={over ? 'blue.0' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) {
          setOver(true);
        }
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = Array.from(event.dataTransfer.files);
        if (!disabled && files.length > 0) {
          onFiles(files);
        }
      }}
    >
      <Stack align="center" gap="sm">
        <Text fw={500}>{t('ministry.import.dropHere')}</Text>
        <Group>
          <FileButton
            multiple
            accept={BUNDLE_FILES}
            resetRef={resetRef}
            disabled={disabled}
            onChange={(files) => {
              resetRef.current?.();
              if (files.length > 0) {
                onFiles(files);
              }
            }}
          >
            {(props) => (
              <Button {...props} variant="light" disabled={disabled}>
                {t('ministry.import.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t('ministry.import.dropHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
