import type { HandlerMap } from '../context';
import { addFamilyMember, listFamily, removeFamilyMember, updateFamilyMember } from './family-service';

/** A child's family and other people in their life. */
export const familyHandlers: HandlerMap<'family.list' | 'family.add' | 'family.update' | 'family.remove'> = {
  'family.list': (input, { deps }) => listFamily(deps.db, input.residentId),
  'family.add': (input, { deps, actor }) => addFamilyMember(deps, actor, input.residentId, input.member),
  'family.update': (input, { deps, actor }) => updateFamilyMember(deps, actor, input.id, input.member),
  'family.remove': (input, { deps, actor }) => {
    removeFamilyMember(deps, actor, input.id);
    return { ok: true };
  },
};
