import type { PublicKeyFacts } from '@contract/ministry';
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { groupFingerprint } from '../bundles/bundle-format';
import { KeyFacts } from '../bundles/KeyFacts';

/** A checked key's facts, and the admin's confirmation that the fingerprint is the institution's. */
export function KeyConfirm({ facts, confirmed, onConfirmed }: { facts: PublicKeyFacts; confirmed: boolean; onConfirmed: (value: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <KeyFacts
        facts={[
          { term: t('ministry.key.fingerprint'), value: groupFingerprint(facts.fingerprint), large: true },
          { term: t('ministry.key.keyId'), value: facts.keyId },
          {
            term: t('ministry.key.proof'),
            value: facts.signedByKeyId === null ? t('ministry.key.byHand') : t('ministry.key.signedBy', { keyId: facts.signedByKeyId }),
            mono: false,
          },
        ]}
      />
      <Text size="sm">{t('ministry.key.confirmIntro')}</Text>
      <Checkbox label={t('ministry.key.matches')} checked={confirmed} onChange={(event) => onConfirmed(event.currentTarget.checked)} />
    </Stack>
  );
}
