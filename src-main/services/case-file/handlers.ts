import { AppError } from '../../contract/errors';
import type { HandlerMap } from '../context';
import { seesSecrets } from '../residents/handlers';
import { residentRow } from '../residents/resident-record';
import { caseFile } from './case-file';

/** The child's case file as a PDF, for printing or handing over; a secret record's only by the director. */
export const caseFileHandlers: HandlerMap<'residents.caseFile'> = {
  'residents.caseFile': (input, { deps, caller }) => {
    if (residentRow(deps.db, input.id).secret && !seesSecrets(caller)) {
      throw new AppError('FORBIDDEN', 'Only the director may print a secret record');
    }
    return caseFile(deps, input.id, input.language);
  },
};
