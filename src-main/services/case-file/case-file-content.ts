import type { Language } from '../../contract/common';
import { fullNameOf } from '../../contract/residents';
import type { PdfBlock } from '../pdf/pdf-blocks';
import { list, row } from '../pdf/pdf-blocks';
import type { PdfContent } from '../pdf/pdf-layout';
import { formatDocumentDate } from '../pdf/pdf-text';
import type { ReferenceLabel } from '../pdf/reference-labels';
import type { SectionContext } from './case-file-blocks';
import type { CaseFileData } from './case-file-data';
import { caseFileLabels } from './case-file-labels';
import { assessmentsSection, planSection, placementsSection, referralsSection } from './case-file-pathway';

/** Puts the child's data into labelled sections in `language`, the child's name as the subject; `label` names reference codes. */
export function caseFileContent(data: CaseFileData, language: Language, today: string, label: ReferenceLabel): PdfContent {
  const labels = caseFileLabels[language];
  const date = (value: string | null): string | null => (value === null ? null : formatDocumentDate(value, language));
  const context: SectionContext = { labels, date, label, today };
  return {
    language,
    institutionName: data.institution.name,
    institutionLine: `${labels.institutionCode}: ${data.institution.code}`,
    title: labels.title,
    subject: fullNameOf(data.record.identity),
    generatedLine: `${labels.generatedOn}: ${formatDocumentDate(today, language)}`,
    footer: labels.confidential,
    blocks: [
      ...identitySection(data, context),
      ...legalSection(data, context),
      ...healthSection(data, context),
      ...educationSection(data, context),
      ...familySection(data, context),
      ...contactsSection(data, context),
      ...assessmentsSection(data, context),
      ...planSection(data, context),
      ...referralsSection(data, context),
      ...placementsSection(data, context),
      // The notes stay last: they can run to many pages, and the sections above summarise them.
      ...notesSection(data, context),
    ],
  };
}

function identitySection({ record }: CaseFileData, { labels, date }: SectionContext): PdfBlock[] {
  const { identity } = record;
  const { fields } = labels;
  const certificate = [identity.birthCertSeries, identity.birthCertNumber].filter((part) => part !== null).join(' ');
  return [
    { kind: 'heading', text: labels.sections.identity },
    row(fields.surname, identity.surname),
    row(fields.firstName, identity.firstName),
    row(fields.patronymic, identity.patronymic),
    row(fields.sex, labels.sex[identity.sex]),
    row(fields.birthDate, date(identity.birthDate)),
    row(fields.age, record.age),
    row(fields.birthPlace, identity.birthPlace),
    row(fields.citizenship, identity.citizenship),
    row(fields.fin, identity.fin),
    row(fields.birthCertificate, certificate),
  ];
}

function legalSection({ record }: CaseFileData, { labels, date, label }: SectionContext): PdfBlock[] {
  const { fields } = labels;
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: labels.sections.legal },
    row(fields.legalStatus, label('legal_status', record.legal.legalStatusCode)),
    row(fields.deprivationReasons, list(record.legal.deprivationReasonCodes.map((code) => label('deprivation_reason', code)))),
    row(fields.status, labels.status[record.status]),
  ];
  record.stays.forEach((stay, index) => {
    const { admission } = stay;
    blocks.push(
      { kind: 'subheading', text: labels.stay(index + 1) },
      row(fields.admissionDate, date(admission.admissionDate)),
      row(fields.basisBody, label('decision_body', admission.basisBodyCode)),
      row(fields.basisNumber, admission.basisNumber),
      row(fields.basisDate, date(admission.basisDate)),
      row(fields.referringBody, admission.referringBodyCode === null ? null : label('referring_body', admission.referringBodyCode)),
      row(fields.admissionReasons, list(admission.reasonCodes.map((code) => label('admission_reason', code)))),
      row(fields.admissionSource, label('admission_source', admission.sourceCode)),
      row(fields.exitDate, date(stay.exitDate)),
    );
    if (stay.temporarilyAbsent) {
      blocks.push(row(fields.absenceNote, stay.absenceNote));
    }
  });
  return blocks;
}

function healthSection({ record }: CaseFileData, { labels, label }: SectionContext): PdfBlock[] {
  const { health } = record;
  const { fields } = labels;
  return [
    { kind: 'heading', text: labels.sections.health },
    row(fields.disabilityStatus, labels.disabilityStatus[health.disabilityStatus]),
    row(fields.disabilityCategory, health.disabilityCategoryCode === null ? null : label('disability_category', health.disabilityCategoryCode)),
    row(fields.diagnosis, health.diagnosis),
    row(fields.needs, health.needs),
    row(fields.healthNotes, health.healthNotes),
  ];
}

function educationSection({ record }: CaseFileData, { labels, label }: SectionContext): PdfBlock[] {
  const { education } = record;
  const { fields } = labels;
  return [
    { kind: 'heading', text: labels.sections.education },
    row(fields.educationType, education.educationTypeCode === null ? null : label('education_type', education.educationTypeCode)),
    row(fields.schoolName, education.schoolName),
    row(fields.grade, education.grade),
  ];
}

function familySection({ family }: CaseFileData, { labels, label }: SectionContext): PdfBlock[] {
  const { fields } = labels;
  const blocks: PdfBlock[] = [{ kind: 'heading', text: labels.sections.family }];
  if (family.length === 0) {
    blocks.push({ kind: 'paragraph', text: labels.noEntries });
  }
  for (const member of family) {
    blocks.push(
      { kind: 'subheading', text: `${label('relation_type', member.relationCode)}: ${member.fullName}` },
      row(fields.phone, member.phone),
      row(fields.address, member.address),
      row(fields.contactAllowed, member.contactAllowed ? labels.yes : labels.no),
    );
    if (member.linkedResidentName !== null) {
      blocks.push(row(fields.linkedRecord, member.linkedResidentName));
    }
    if (member.note !== null) {
      blocks.push(row(fields.note, member.note));
    }
  }
  return blocks;
}

function contactsSection({ contacts }: CaseFileData, { labels, date }: SectionContext): PdfBlock[] {
  const { fields } = labels;
  const blocks: PdfBlock[] = [{ kind: 'heading', text: labels.sections.contacts }];
  if (contacts.total === 0) {
    blocks.push({ kind: 'paragraph', text: labels.noEntries });
  } else if (contacts.total > contacts.rows.length) {
    blocks.push({ kind: 'paragraph', text: labels.latestOf(contacts.rows.length, contacts.total) });
  }
  for (const contact of contacts.rows) {
    const kind = (labels.contactKind as Record<string, string | undefined>)[contact.kind] ?? contact.kind;
    blocks.push({ kind: 'subheading', text: `${date(contact.date) ?? ''}: ${kind}` }, row(fields.person, contact.personName));
    if (contact.note !== null) {
      blocks.push(row(fields.note, contact.note));
    }
  }
  return blocks;
}

function notesSection({ notes }: CaseFileData, { labels, date, label }: SectionContext): PdfBlock[] {
  const blocks: PdfBlock[] = [{ kind: 'heading', text: labels.sections.notes }];
  if (notes.length === 0) {
    blocks.push({ kind: 'paragraph', text: labels.noEntries });
  }
  for (const note of notes) {
    const parts = [date(note.date) ?? '', label('note_domain', note.domainCode), note.authorName];
    const heading = parts.filter((part) => part !== '').join(' · ');
    blocks.push(
      { kind: 'subheading', text: note.correction ? `${heading} (${labels.correction})` : heading },
      { kind: 'paragraph', text: note.text },
    );
  }
  return blocks;
}
