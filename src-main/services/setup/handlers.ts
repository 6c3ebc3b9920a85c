import type { HandlerMap } from '../context';
import { findProfile } from '../institution/institution-service';
import { findMinistry } from '../ministry/installation';
import { completeMinistrySetup } from './ministry-setup';
import { completeSetup } from './setup-service';

/** First run and what the UI needs before sign-in. */
export const setupHandlers: HandlerMap<'app.info' | 'setup.complete' | 'setup.ministry'> = {
  'app.info': (_input, { deps }) => {
    const profile = findProfile(deps.db);
    const ministry = profile === null ? findMinistry(deps.db) : null;
    return {
      version: deps.appVersion,
      setupComplete: profile !== null || ministry !== null,
      kind: profile !== null ? 'institution' : ministry !== null ? 'ministry' : null,
      defaultLanguage: deps.defaultLanguage,
      institutionName: profile?.name ?? ministry?.name ?? null,
    };
  },
  'setup.complete': (input, { deps, actor }) => completeSetup(deps, actor, input),
  'setup.ministry': (input, { deps, actor }) => completeMinistrySetup(deps, actor, input),
};
