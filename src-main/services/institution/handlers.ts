import type { HandlerMap } from '../context';
import { getProfile, updateProfile } from './institution-service';

/** The institution profile. */
export const institutionHandlers: HandlerMap<'institution.get' | 'institution.update'> = {
  'institution.get': (_input, { deps }) => getProfile(deps.db),
  'institution.update': (input, { deps, actor }) => updateProfile(deps, actor, input),
};
