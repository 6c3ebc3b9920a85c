import type { HandlerMap } from '../context';
import { listReferenceItems } from './reference-service';

/** Reference-data procedures. */
export const referenceHandlers: HandlerMap<'reference.list'> = {
  'reference.list': (input, { deps }) => listReferenceItems(deps.db, input.kind, input.includeRetired ?? false),
};
