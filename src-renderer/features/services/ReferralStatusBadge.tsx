import type { ReferralStatus } from '@contract/services-register';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { REFERRAL_STATUS_COLORS } from './referral-form';

/** A referral's status in the UI language. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={REFERRAL_STATUS_COLORS[status]} variant="light" tt="none">
      {t(`services.referralStatus.${status}`)}
    </Badge>
  );
}
