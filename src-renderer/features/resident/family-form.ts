import type { ContactEntry, FamilyMember, FamilyMemberInput } from '@contract/family';
import type { ProcedureName } from '@contract/procedures';

/** What a change to the family list makes stale (visits name family members too). */
export const FAMILY_CHANGE_REFRESH = ['family.list', 'contacts.list', 'audit.list'] as const satisfies readonly ProcedureName[];

/** What the family member inputs hold; the linked sibling's name is shown, never sent. */
export type FamilyValues = {
  relationCode: string | null;
  fullName: string;
  phone: string;
  address: string;
  contactAllowed: boolean;
  note: string;
  linkedResidentId: string | null;
  linkedResidentName: string | null;
};

/** Contact is allowed unless a decision says otherwise; the user unticks it then. */
export const emptyFamilyValues: FamilyValues = {
  relationCode: null,
  fullName: '',
  phone: '',
  address: '',
  contactAllowed: true,
  note: '',
  linkedResidentId: null,
  linkedResidentName: null,
};

export function familyValuesOf(member: FamilyMember): FamilyValues {
  return {
    relationCode: member.relationCode,
    fullName: member.fullName,
    phone: member.phone ?? '',
    address: member.address ?? '',
    contactAllowed: member.contactAllowed,
    note: member.note ?? '',
    linkedResidentId: member.linkedResidentId,
    linkedResidentName: member.linkedResidentName,
  };
}

/** The contract's member input of the inputs. */
export function familyInputOf(values: FamilyValues): FamilyMemberInput {
  const { linkedResidentName: _shownOnly, relationCode, ...rest } = values;
  return { ...rest, relationCode: relationCode ?? '' };
}

/** What a contact entry's inputs hold: either a family member chosen, or a person's name typed. */
export type ContactValues = {
  date: string;
  kind: ContactEntry['kind'] | null;
  familyMemberId: string | null;
  personName: string;
  note: string;
};

export function contactValuesOf(entry: ContactEntry): ContactValues {
  return {
    date: entry.date,
    kind: entry.kind,
    familyMemberId: entry.familyMemberId,
    personName: entry.personName ?? '',
    note: entry.note ?? '',
  };
}

/** A chosen family member makes a typed name unnecessary: only one of them is sent. */
export function contactInputOf(values: ContactValues) {
  return { ...values, personName: values.familyMemberId === null ? values.personName : '' };
}
