import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

import type { UiLanguage } from './new-resident-page';
import { chooseOption } from './new-resident-page';

/** The record screen's texts as a person sees them (not read from the translations). */
const az = {
  printCaseFile: 'Şəxsi işi çap et',
  tabs: {
    identity: 'Şəxsi məlumatlar',
    legal: 'Hüquqi status və qəbul',
    health: 'Sağlamlıq',
    education: 'Təhsil',
    family: 'Ailə və əlaqələr',
    contacts: 'Görüşlər və əlaqələr',
    notes: 'İnkişaf qeydləri',
    files: 'Fayllar',
  },
  save: 'Yadda saxla',
  family: { add: 'Şəxs əlavə et', dialog: 'Ailə üzvü və ya yaxın şəxs', relation: 'Qohumluq', fullName: 'Adı, soyadı', phone: 'Telefon' },
  contacts: { add: 'Görüş və ya əlaqə əlavə et', dialog: 'Görüş və ya əlaqə', date: 'Tarix', kind: 'Növ', familyMember: 'Ailə üzvü', note: 'Qeyd' },
  notes: { add: 'Qeyd yaz', dialog: 'Yeni inkişaf qeydi', domain: 'Sahə', text: 'Mətn' },
  files: { add: 'Fayl əlavə et', dialog: 'Fayl əlavə et', file: 'Fayl', description: 'Təsvir', upload: 'Yüklə' },
};

const en: typeof az = {
  printCaseFile: 'Print case file',
  tabs: {
    identity: 'Identity',
    legal: 'Legal status & admission',
    health: 'Health',
    education: 'Schooling',
    family: 'Family & contacts',
    contacts: 'Visits & contacts',
    notes: 'Progress notes',
    files: 'Files',
  },
  save: 'Save',
  family: { add: 'Add a person', dialog: 'Family member or close person', relation: 'Relation', fullName: 'Full name', phone: 'Phone' },
  contacts: { add: 'Add a visit or contact', dialog: 'Visit or contact', date: 'Date', kind: 'Kind', familyMember: 'Family member', note: 'Note' },
  notes: { add: 'Write a note', dialog: 'New progress note', domain: 'Domain', text: 'Text' },
  files: { add: 'Add a file', dialog: 'Add a file', file: 'File', description: 'Description', upload: 'Upload' },
};

const LABELS: Record<UiLanguage, typeof az> = { az, en };

export type RecordTab = keyof typeof az.tabs;

/** One child's record: the header with the print button, and the sections as tabs. */
export class ResidentPage {
  readonly labels: typeof az;

  constructor(
    readonly page: Page,
    readonly language: UiLanguage,
  ) {
    this.labels = LABELS[language];
  }

  /** The child's full name, the record's only first-level heading. */
  heading(fullName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: fullName, exact: true });
  }

  tab(name: RecordTab): Locator {
    return this.page.getByRole('tab', { name: this.labels.tabs[name], exact: true });
  }

  async openTab(name: RecordTab): Promise<void> {
    await this.tab(name).click();
  }

  /** The open tab's panel. */
  panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  /** A section's table, named like its tab (family, visits, files). */
  table(name: 'family' | 'contacts' | 'files'): Locator {
    return this.panel().getByRole('table', { name: this.labels.tabs[name], exact: true });
  }

  private dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  private textbox(scope: Locator, label: string): Locator {
    return scope.getByRole('textbox', { name: label, exact: true });
  }

  async addFamilyMember(member: { relation: string; fullName: string; phone: string }): Promise<void> {
    const labels = this.labels.family;
    await this.openTab('family');
    await this.panel().getByRole('button', { name: labels.add }).click();
    const dialog = this.dialog(labels.dialog);
    await chooseOption(this.page, dialog.getByRole('combobox', { name: labels.relation }), member.relation);
    await this.textbox(dialog, labels.fullName).fill(member.fullName);
    await this.textbox(dialog, labels.phone).fill(member.phone);
    await dialog.getByRole('button', { name: this.labels.save }).click();
    await expect(dialog).toBeHidden();
  }

  /** A visit or other contact with someone from the family list, dated `date` (`YYYY-MM-DD`). */
  async addContact(entry: { date: string; kind: string; familyMember: string; note: string }): Promise<void> {
    const labels = this.labels.contacts;
    await this.openTab('contacts');
    await this.panel().getByRole('button', { name: labels.add }).click();
    const dialog = this.dialog(labels.dialog);
    await this.textbox(dialog, labels.date).fill(entry.date);
    await chooseOption(this.page, dialog.getByRole('combobox', { name: labels.kind }), entry.kind);
    await chooseOption(this.page, dialog.getByRole('combobox', { name: labels.familyMember }), entry.familyMember);
    await this.textbox(dialog, labels.note).fill(entry.note);
    await dialog.getByRole('button', { name: this.labels.save }).click();
    await expect(dialog).toBeHidden();
  }

  async addNote(note: { domain: string; text: string }): Promise<void> {
    const labels = this.labels.notes;
    await this.openTab('notes');
    await this.panel().getByRole('button', { name: labels.add }).click();
    const dialog = this.dialog(labels.dialog);
    await chooseOption(this.page, dialog.getByRole('combobox', { name: labels.domain }), note.domain);
    await this.textbox(dialog, labels.text).fill(note.text);
    await dialog.getByRole('button', { name: this.labels.save }).click();
    await expect(dialog).toBeHidden();
  }

  /** The progress notes as shown: each an article named by its date and author. */
  notes(): Locator {
    return this.panel().getByRole('article');
  }

  async uploadFile(path: string, description: string): Promise<void> {
    const labels = this.labels.files;
    await this.openTab('files');
    await this.panel().getByRole('button', { name: labels.add }).click();
    const dialog = this.dialog(labels.dialog);
    // The file input has no role of its own; its visible label names it (the required mark aside).
    await dialog.getByLabel(new RegExp(`^${labels.file}( \\*)?$`)).setInputFiles(path);
    await this.textbox(dialog, labels.description).fill(description);
    await dialog.getByRole('button', { name: labels.upload }).click();
    await expect(dialog).toBeHidden();
  }

  /** Presses "Print case file" and returns the PDF the window hands to the browser to save. */
  async printCaseFile(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: this.labels.printCaseFile }).click();
    return download;
  }
}
