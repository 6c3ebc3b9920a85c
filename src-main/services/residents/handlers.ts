import { AppError } from '../../contract/errors';
import type { Caller, HandlerMap } from '../context';
import { dashboard } from './dashboard-service';
import { findDuplicates } from './duplicates';
import { listResidents, searchResidents } from './resident-query';
import { residentRecord, residentRow } from './resident-record';
import { todayOf } from './residents-service';
import {
  createResident,
  setAbsence,
  setPhoto,
  updateAdmission,
  updateEducation,
  updateHealth,
  updateIdentity,
  updateLegal,
} from './residents-service';

/** Only the director sees who a secret (adopted) child is. */
export function seesSecrets(caller: Caller | null): boolean {
  return caller?.role === 'director';
}

/** The resident register: list, search, the record and its sections, the dashboard. */
export const residentsHandlers: HandlerMap<
  | 'residents.list'
  | 'residents.search'
  | 'residents.get'
  | 'residents.checkDuplicates'
  | 'residents.create'
  | 'residents.updateIdentity'
  | 'residents.updateLegal'
  | 'residents.updateHealth'
  | 'residents.updateEducation'
  | 'residents.updateAdmission'
  | 'residents.setAbsence'
  | 'residents.setPhoto'
  | 'dashboard.get'
> = {
  'residents.list': (input, { deps, caller }) =>
    listResidents(deps.residentIndex, input.filter, input.sort, todayOf(deps), seesSecrets(caller)),
  'residents.search': (input, { deps, caller }) =>
    searchResidents(deps.residentIndex, input.query, input.limit ?? 20, todayOf(deps), seesSecrets(caller)),
  'residents.get': (input, { deps, caller }) => residentRecord(deps.db, input.id, todayOf(deps), seesSecrets(caller)),
  'residents.checkDuplicates': (input, { deps }) => findDuplicates(deps.residentIndex, input),
  'residents.create': (input, { deps, actor }) => createResident(deps, actor, input),
  'residents.updateIdentity': (input, { deps, actor, caller }) => {
    // Someone who sees a secret record's identity blank must not save those blanks over it.
    if (residentRow(deps.db, input.id).secret && !seesSecrets(caller)) {
      throw new AppError('FORBIDDEN', 'Only the director may change a secret record’s identity');
    }
    return updateIdentity(deps, actor, input.id, input.version, input.identity);
  },
  'residents.updateLegal': (input, { deps, actor }) => updateLegal(deps, actor, input.id, input.version, input.legal),
  'residents.updateHealth': (input, { deps, actor }) => updateHealth(deps, actor, input.id, input.version, input.health),
  'residents.updateEducation': (input, { deps, actor }) => updateEducation(deps, actor, input.id, input.version, input.education),
  'residents.updateAdmission': (input, { deps, actor }) =>
    updateAdmission(deps, actor, input.id, input.version, input.stayId, input.admission),
  'residents.setAbsence': (input, { deps, actor }) => setAbsence(deps, actor, input.id, input.version, input.absent, input.note),
  'residents.setPhoto': (input, { deps, actor }) => setPhoto(deps, actor, input.id, input.version, input.attachmentId),
  'dashboard.get': (_input, { deps, caller }) => dashboard(deps.db, deps.residentIndex, todayOf(deps), seesSecrets(caller)),
};
