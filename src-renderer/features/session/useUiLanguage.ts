import type { Session } from '@contract/accounts';
import type { Language } from '@contract/common';
import type { AppInfo } from '@contract/setup';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';


import { useApi } from '../../api/ApiProvider';
import { procedureKey } from '../../api/hooks';
import { storedLanguage, storeLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Keeps the UI language right: a signed-in user's own language; before sign-in the language last
 * chosen on this computer, else the installation's default. A change is remembered on this
 * computer and, when someone is signed in, for their account.
 */
export function useUiLanguage(info: AppInfo | undefined, session: Session | null | undefined) {
  const { i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const language = useLanguage();
  const userLanguage = session?.user.language;

  useEffect(() => {
    const wanted = userLanguage ?? storedLanguage() ?? info?.defaultLanguage;
    if (wanted !== undefined && wanted !== i18n.language) {
      void i18n.changeLanguage(wanted);
    }
    if (userLanguage !== undefined) {
      storeLanguage(userLanguage);
    }
  }, [userLanguage, info?.defaultLanguage, i18n]);

  const changeLanguage = useCallback(
    async (next: Language) => {
      storeLanguage(next);
      await i18n.changeLanguage(next);
      if (session) {
        await api.call('account.setLanguage', { language: next });
        await queryClient.invalidateQueries({ queryKey: procedureKey('auth.session') });
      }
    },
    [api, i18n, queryClient, session],
  );

  return { language, changeLanguage };
}
