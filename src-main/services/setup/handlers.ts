import type { HandlerMap } from '../context';
import { findProfile } from '../institution/institution-service';
import { completeSetup } from './setup-service';

/** First run and what the UI needs before sign-in. */
export const setupHandlers: HandlerMap<'app.info' | 'setup.complete'> = {
  'app.info': (_input, { deps }) => {
    const profile = findProfile(deps.db);
    return {
      version: deps.appVersion,
      setupComplete: profile !== null,
      defaultLanguage: deps.defaultLanguage,
      institutionName: profile?.name ?? null,
    };
  },
  'setup.complete': (input, { deps, actor }) => completeSetup(deps, actor, input),
};
