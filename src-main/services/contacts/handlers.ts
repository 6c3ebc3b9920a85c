import type { HandlerMap } from '../context';
import { addContact, listContacts, updateContact } from './contacts-service';

/** The log of a child's visits and contacts with their family. */
export const contactsHandlers: HandlerMap<'contacts.list' | 'contacts.add' | 'contacts.update'> = {
  'contacts.list': (input, { deps }) => listContacts(deps.db, input.residentId),
  'contacts.add': (input, { deps, actor }) => addContact(deps, actor, input.residentId, input.entry),
  'contacts.update': (input, { deps, actor }) => updateContact(deps, actor, input.id, input.entry),
};
