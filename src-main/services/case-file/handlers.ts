import type { HandlerMap } from '../context';
import { caseFile } from './case-file';

/** The child's case file as a PDF, for printing or handing over. */
export const caseFileHandlers: HandlerMap<'residents.caseFile'> = {
  'residents.caseFile': (input, { deps }) => caseFile(deps, input.id, input.language),
};
