import type { HandlerMap } from '../context';
import { addAttachment, getAttachment, listAttachments } from './attachments-service';

/** Files of a child's record (PDF, JPEG, PNG), kept inside the encrypted database. */
export const attachmentsHandlers: HandlerMap<'attachments.list' | 'attachments.get' | 'attachments.add'> = {
  'attachments.list': (input, { deps }) => listAttachments(deps.db, input.residentId),
  'attachments.get': (input, { deps }) => getAttachment(deps.db, input.id),
  'attachments.add': (input, { deps, actor }) => addAttachment(deps, actor, input),
};
