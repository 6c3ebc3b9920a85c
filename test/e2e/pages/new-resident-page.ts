import type { Locator, Page } from '@playwright/test';

/** The languages the register's E2E specs drive the screens in. */
export type UiLanguage = 'az' | 'en';

/**
 * The new-child form's texts as a person sees them, written out here rather than read from the
 * translation files: a missing or wrong translation then fails the test.
 */
const az = {
  heading: 'Yeni uşaq',
  surname: 'Soyadı',
  firstName: 'Adı',
  patronymic: 'Ata adı',
  sexGroup: 'Cinsi',
  sex: { male: 'Oğlan', female: 'Qız' },
  birthDate: 'Doğum tarixi',
  birthPlace: 'Doğum yeri',
  fin: 'FİN',
  certSeries: 'Şəhadətnamənin seriyası',
  certNumber: 'Şəhadətnamənin nömrəsi',
  legalStatus: 'Hüquqi status',
  deprivationReasons: 'Valideyn himayəsindən məhrumetmənin səbəbləri',
  deprivationReasonRequired: 'Bu hüquqi status üçün ən azı bir səbəb lazımdır.',
  admissionDate: 'Qəbul tarixi',
  admittedFrom: 'Haradan qəbul edilib',
  decisionBody: 'Qərarı verən orqan',
  decisionNumber: 'Qərarın nömrəsi',
  decisionDate: 'Qərarın tarixi',
  referredBy: 'Göndərən orqan',
  admissionReasons: 'Qəbulun səbəbləri',
  disability: { status: 'Sağlamlıq imkanlarının məhdudluğu', has: 'Var', category: 'Məhdudluğun kateqoriyası' },
  schooling: 'Təhsil',
  school: 'Məktəb',
  grade: 'Sinif',
  next: 'İrəli',
  back: 'Geri',
  skip: 'Bu addımı keç',
  create: 'Uşağı qeydiyyata al',
  reviewIntro: 'Məlumatları yoxlayın.',
  similarTitle: 'Oxşar qeydlər var',
  differentChild: 'Bu, başqa uşaqdır',
  confirmRequired: 'Yaratmaq üçün bunun başqa uşaq olduğunu təsdiq edin.',
  blockingTitle: 'Bu uşaq artıq qeydiyyatdadır',
  sameFin: 'eyni FİN',
  similarName: 'oxşar ad',
};

const en: typeof az = {
  heading: 'New child',
  surname: 'Surname',
  firstName: 'First name',
  patronymic: 'Patronymic',
  sexGroup: 'Sex',
  sex: { male: 'Boy', female: 'Girl' },
  birthDate: 'Date of birth',
  birthPlace: 'Place of birth',
  fin: 'FİN',
  certSeries: 'Certificate series',
  certNumber: 'Certificate number',
  legalStatus: 'Legal status',
  deprivationReasons: 'Reasons for deprivation of parental care',
  deprivationReasonRequired: 'This legal status needs at least one reason.',
  admissionDate: 'Date of admission',
  admittedFrom: 'Admitted from',
  decisionBody: 'Decision by',
  decisionNumber: 'Decision number',
  decisionDate: 'Decision date',
  referredBy: 'Referred by',
  admissionReasons: 'Reasons for admission',
  disability: { status: 'Disability', has: 'Has a disability', category: 'Disability category' },
  schooling: 'Schooling',
  school: 'School',
  grade: 'Grade',
  next: 'Next',
  back: 'Back',
  skip: 'Skip this step',
  create: 'Register the child',
  reviewIntro: 'Check what you entered.',
  similarTitle: 'Similar records exist',
  differentChild: 'This is a different child',
  confirmRequired: 'To create the record, confirm that this is a different child.',
  blockingTitle: 'This child is already registered',
  sameFin: 'same FİN',
  similarName: 'similar name',
};

const LABELS: Record<UiLanguage, typeof az> = { az, en };

export type NewChildIdentity = {
  surname: string;
  firstName: string;
  patronymic?: string;
  sex: 'male' | 'female';
  /** `YYYY-MM-DD`, as a date input takes it. */
  birthDate: string;
  birthPlace?: string;
  fin?: string;
  certificate?: { series: string; number: string };
};

/** Reference-data choices are the option labels a person reads in the list (in the UI language). */
export type NewChildLegalAdmission = {
  legalStatus: string;
  /** Left out to see the form ask for one. */
  deprivationReasons?: readonly string[];
  admissionDate: string;
  admittedFrom: string;
  decisionBody: string;
  decisionNumber?: string;
  decisionDate?: string;
  referredBy?: string;
  admissionReasons: readonly string[];
};

export type NewChildHealthSchooling = {
  disabilityCategory?: string;
  schooling?: string;
  school?: string;
  grade?: string;
};

/** Picks `option` in a searchable select, typing `search` first when the list is long. */
export async function chooseOption(page: Page, combobox: Locator, option: string, search?: string): Promise<void> {
  await combobox.click();
  if (search !== undefined) {
    await combobox.fill(search);
  }
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Picks several options in a multi-select, then closes its list so it covers nothing else. */
export async function chooseOptions(page: Page, combobox: Locator, options: readonly string[]): Promise<void> {
  await combobox.click();
  for (const option of options) {
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await combobox.press('Escape');
}

/** Registering a child: identity, legal status and admission, health and schooling, review. */
export class NewResidentPage {
  readonly labels: typeof az;

  constructor(
    readonly page: Page,
    readonly language: UiLanguage,
  ) {
    this.labels = LABELS[language];
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.labels.heading });
  }

  /** A text, date or number input by its visible label (the required mark is not part of it). */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  select(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  async fillIdentity(child: NewChildIdentity): Promise<void> {
    const { labels } = this;
    await this.field(labels.surname).fill(child.surname);
    await this.field(labels.firstName).fill(child.firstName);
    await this.field(labels.patronymic).fill(child.patronymic ?? '');
    await this.page.getByRole('radiogroup', { name: labels.sexGroup }).getByRole('radio', { name: labels.sex[child.sex] }).check();
    await this.field(labels.birthDate).fill(child.birthDate);
    await this.field(labels.birthPlace).fill(child.birthPlace ?? '');
    await this.fillFin(child.fin ?? '');
    await this.field(labels.certSeries).fill(child.certificate?.series ?? '');
    await this.field(labels.certNumber).fill(child.certificate?.number ?? '');
  }

  async fillFin(fin: string): Promise<void> {
    await this.field(this.labels.fin).fill(fin);
  }

  async fillLegalAdmission(details: NewChildLegalAdmission): Promise<void> {
    const { labels, page } = this;
    await chooseOption(page, this.select(labels.legalStatus), details.legalStatus);
    if (details.deprivationReasons !== undefined) {
      await chooseOptions(page, this.select(labels.deprivationReasons), details.deprivationReasons);
    }
    await this.field(labels.admissionDate).fill(details.admissionDate);
    await chooseOption(page, this.select(labels.admittedFrom), details.admittedFrom);
    await chooseOption(page, this.select(labels.decisionBody), details.decisionBody);
    await this.field(labels.decisionNumber).fill(details.decisionNumber ?? '');
    await this.field(labels.decisionDate).fill(details.decisionDate ?? '');
    if (details.referredBy !== undefined) {
      await chooseOption(page, this.select(labels.referredBy), details.referredBy);
    }
    await chooseOptions(page, this.select(labels.admissionReasons), details.admissionReasons);
  }

  async chooseDeprivationReasons(reasons: readonly string[]): Promise<void> {
    await chooseOptions(this.page, this.select(this.labels.deprivationReasons), reasons);
  }

  async fillHealthSchooling(details: NewChildHealthSchooling): Promise<void> {
    const { labels, page } = this;
    if (details.disabilityCategory !== undefined) {
      await page.getByRole('radiogroup', { name: labels.disability.status }).getByRole('radio', { name: labels.disability.has }).check();
      await chooseOption(page, this.select(labels.disability.category), details.disabilityCategory);
    }
    if (details.schooling !== undefined) {
      await chooseOption(page, this.select(labels.schooling), details.schooling);
    }
    await this.field(labels.school).fill(details.school ?? '');
    await this.field(labels.grade).fill(details.grade ?? '');
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.next, exact: true }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.back, exact: true }).click();
  }

  async skipHealth(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.skip }).click();
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.create }).click();
  }

  /** The review step's introduction: the form is at its last step. */
  reviewIntro(): Locator {
    return this.page.getByText(this.labels.reviewIntro);
  }

  /** The message under the deprivation reasons when a status that needs one has none. */
  deprivationReasonRequired(): Locator {
    return this.page.getByText(this.labels.deprivationReasonRequired);
  }

  /** The orange notice: children with a similar name and the same birth date exist. */
  similarRecords(): Locator {
    return this.page.getByRole('alert').filter({ hasText: this.labels.similarTitle });
  }

  differentChildCheckbox(): Locator {
    return this.page.getByRole('checkbox', { name: this.labels.differentChild });
  }

  confirmRequired(): Locator {
    return this.page.getByText(this.labels.confirmRequired);
  }

  /** The red notice: the same FİN or certificate is already registered. */
  alreadyRegistered(): Locator {
    return this.page.getByRole('alert').filter({ hasText: this.labels.blockingTitle });
  }
}
