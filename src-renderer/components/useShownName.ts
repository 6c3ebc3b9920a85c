import { fullNameOf } from '@contract/residents';
import { useTranslation } from 'react-i18next';

type Named = { surname: string; firstName: string; patronymic: string | null };

/**
 * A child's name as this user may see it: a secret (adopted) child's identity reaches only the
 * director, so for everyone else the core sends it blank and the screen says what the record is.
 */
export function useShownName(): (child: Named & { secret: boolean }) => string {
  const { t } = useTranslation();
  return (child) => (child.secret && child.surname === '' && child.firstName === '' ? t('common.secretRecord') : fullNameOf(child));
}
