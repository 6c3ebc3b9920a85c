import type { Language } from '../../contract/common';
import type { contactKinds } from '../../contract/family';
import type { DisabilityStatus, ResidenceStatus, Sex } from '../../contract/residents';
import type { CaseFileCareLabels } from './case-file-care-labels';
import { caseFileCareLabels } from './case-file-care-labels';

/** Every fixed text of the case file in one language (reference codes carry their own labels). */
export type CaseFileLabels = {
  title: string;
  institutionCode: string;
  generatedOn: string;
  confidential: string;
  sections: Record<'identity' | 'legal' | 'health' | 'education' | 'family' | 'contacts' | 'notes', string>;
  fields: Record<
    | 'surname'
    | 'firstName'
    | 'patronymic'
    | 'sex'
    | 'birthDate'
    | 'age'
    | 'birthPlace'
    | 'citizenship'
    | 'fin'
    | 'birthCertificate'
    | 'legalStatus'
    | 'deprivationReasons'
    | 'status'
    | 'admissionDate'
    | 'basisBody'
    | 'basisNumber'
    | 'basisDate'
    | 'referringBody'
    | 'admissionReasons'
    | 'admissionSource'
    | 'exitDate'
    | 'absenceNote'
    | 'disabilityStatus'
    | 'disabilityCategory'
    | 'diagnosis'
    | 'needs'
    | 'healthNotes'
    | 'educationType'
    | 'schoolName'
    | 'grade'
    | 'phone'
    | 'address'
    | 'contactAllowed'
    | 'note'
    | 'linkedRecord'
    | 'kind'
    | 'person',
    string
  >;
  /** Heading of the n-th stay (1-based). */
  stay: (n: number) => string;
  /** Marks a note that corrects an earlier one. */
  correction: string;
  /** Says that only the latest entries of a longer log are shown. */
  latestOf: (shown: number, total: number) => string;
  noEntries: string;
  yes: string;
  no: string;
  sex: Record<Sex, string>;
  status: Record<ResidenceStatus, string>;
  disabilityStatus: Record<DisabilityStatus, string>;
  contactKind: Record<(typeof contactKinds)[number], string>;
  /** The care-pathway sections: assessments, care plan, referrals, exit and placements. */
  care: CaseFileCareLabels;
};

const az: CaseFileLabels = {
  title: 'Uşağın şəxsi işi',
  institutionCode: 'Müəssisənin kodu',
  generatedOn: 'Tərtib tarixi',
  confidential: 'Məxfi: şəxsi məlumatlar',
  sections: {
    identity: 'Şəxsiyyət məlumatları',
    legal: 'Hüquqi status və qəbul',
    health: 'Sağlamlıq və sağlamlıq imkanlarının məhdudluğu',
    education: 'Təhsil',
    family: 'Ailə və əlaqə saxlanılan şəxslər',
    contacts: 'Görüşlər və əlaqələr',
    notes: 'İnkişaf qeydləri',
  },
  fields: {
    surname: 'Soyadı',
    firstName: 'Adı',
    patronymic: 'Ata adı',
    sex: 'Cinsi',
    birthDate: 'Doğum tarixi',
    age: 'Yaşı',
    birthPlace: 'Doğum yeri',
    citizenship: 'Vətəndaşlığı',
    fin: 'FİN',
    birthCertificate: 'Doğum haqqında şəhadətnamə',
    legalStatus: 'Hüquqi status',
    deprivationReasons: 'Valideyn himayəsindən məhrumetmənin səbəbləri',
    status: 'Vəziyyət',
    admissionDate: 'Qəbul tarixi',
    basisBody: 'Qərarı verən orqan',
    basisNumber: 'Qərarın nömrəsi',
    basisDate: 'Qərarın tarixi',
    referringBody: 'Göndərən orqan',
    admissionReasons: 'Qəbulun səbəbləri',
    admissionSource: 'Haradan qəbul edilib',
    exitDate: 'Ayrılma tarixi',
    absenceNote: 'Olmamasının səbəbi',
    disabilityStatus: 'Sağlamlıq imkanlarının məhdudluğu',
    disabilityCategory: 'Məhdudluğun kateqoriyası',
    diagnosis: 'Diaqnoz',
    needs: 'Ehtiyaclar',
    healthNotes: 'Sağlamlıq barədə qeydlər',
    educationType: 'Təhsil',
    schoolName: 'Məktəb',
    grade: 'Sinif',
    phone: 'Telefon',
    address: 'Ünvan',
    contactAllowed: 'Əlaqəyə icazə',
    note: 'Qeyd',
    linkedRecord: 'Müəssisədəki qeydi',
    kind: 'Növü',
    person: 'Şəxs',
  },
  stay: (n) => `Qəbul ${n}`,
  correction: 'Düzəliş',
  latestOf: (shown, total) => `Son ${shown} qeyd (cəmi ${total})`,
  noEntries: 'Qeyd yoxdur',
  yes: 'Bəli',
  no: 'Xeyr',
  sex: { male: 'Oğlan', female: 'Qız' },
  status: { in_residence: 'Müəssisədədir', temporarily_absent: 'Müvəqqəti yoxdur', exited: 'Ayrılıb' },
  disabilityStatus: { none: 'Yoxdur', assessment: 'Qiymətləndirilir', disability: 'Var' },
  contactKind: { visit: 'Görüş', home_leave: 'Evə buraxılma', phone: 'Telefon zəngi', video: 'Video zəng', letter: 'Məktub', other: 'Digər' },
  care: caseFileCareLabels.az,
};

const ru: CaseFileLabels = {
  title: 'Личное дело ребёнка',
  institutionCode: 'Код учреждения',
  generatedOn: 'Дата составления',
  confidential: 'Конфиденциально: персональные данные',
  sections: {
    identity: 'Личные данные',
    legal: 'Правовой статус и приём',
    health: 'Здоровье и инвалидность',
    education: 'Образование',
    family: 'Семья и контактные лица',
    contacts: 'Посещения и контакты',
    notes: 'Записи о развитии',
  },
  fields: {
    surname: 'Фамилия',
    firstName: 'Имя',
    patronymic: 'Отчество',
    sex: 'Пол',
    birthDate: 'Дата рождения',
    age: 'Возраст',
    birthPlace: 'Место рождения',
    citizenship: 'Гражданство',
    fin: 'FİN',
    birthCertificate: 'Свидетельство о рождении',
    legalStatus: 'Правовой статус',
    deprivationReasons: 'Причины лишения родительского попечения',
    status: 'Статус',
    admissionDate: 'Дата приёма',
    basisBody: 'Кем принято решение',
    basisNumber: 'Номер решения',
    basisDate: 'Дата решения',
    referringBody: 'Кем направлен',
    admissionReasons: 'Причины приёма',
    admissionSource: 'Откуда поступил',
    exitDate: 'Дата выбытия',
    absenceNote: 'Причина отсутствия',
    disabilityStatus: 'Инвалидность',
    disabilityCategory: 'Категория инвалидности',
    diagnosis: 'Диагноз',
    needs: 'Потребности',
    healthNotes: 'Заметки о здоровье',
    educationType: 'Обучение',
    schoolName: 'Школа',
    grade: 'Класс',
    phone: 'Телефон',
    address: 'Адрес',
    contactAllowed: 'Контакт разрешён',
    note: 'Примечание',
    linkedRecord: 'Запись в учреждении',
    kind: 'Вид',
    person: 'Лицо',
  },
  stay: (n) => `Приём ${n}`,
  correction: 'Исправление',
  latestOf: (shown, total) => `Последние ${shown} из ${total}`,
  noEntries: 'Записей нет',
  yes: 'Да',
  no: 'Нет',
  sex: { male: 'Мальчик', female: 'Девочка' },
  status: { in_residence: 'В учреждении', temporarily_absent: 'Временно отсутствует', exited: 'Выбыл' },
  disabilityStatus: { none: 'Нет', assessment: 'Обследуется', disability: 'Есть' },
  contactKind: { visit: 'Посещение', home_leave: 'Отпуск домой', phone: 'Телефонный звонок', video: 'Видеозвонок', letter: 'Письмо', other: 'Другое' },
  care: caseFileCareLabels.ru,
};

const en: CaseFileLabels = {
  title: "Child's case file",
  institutionCode: 'Institution code',
  generatedOn: 'Generated on',
  confidential: 'Confidential: personal data',
  sections: {
    identity: 'Identity',
    legal: 'Legal status and admission',
    health: 'Health and disability',
    education: 'Education',
    family: 'Family and contacts',
    contacts: 'Visits and contacts',
    notes: 'Progress notes',
  },
  fields: {
    surname: 'Surname',
    firstName: 'First name',
    patronymic: 'Patronymic',
    sex: 'Sex',
    birthDate: 'Date of birth',
    age: 'Age',
    birthPlace: 'Place of birth',
    citizenship: 'Citizenship',
    fin: 'FİN',
    birthCertificate: 'Birth certificate',
    legalStatus: 'Legal status',
    deprivationReasons: 'Reasons for deprivation of parental care',
    status: 'Status',
    admissionDate: 'Date of admission',
    basisBody: 'Decision by',
    basisNumber: 'Decision number',
    basisDate: 'Decision date',
    referringBody: 'Referred by',
    admissionReasons: 'Reasons for admission',
    admissionSource: 'Admitted from',
    exitDate: 'Date of exit',
    absenceNote: 'Reason for absence',
    disabilityStatus: 'Disability',
    disabilityCategory: 'Disability category',
    diagnosis: 'Diagnosis',
    needs: 'Needs',
    healthNotes: 'Health notes',
    educationType: 'Schooling',
    schoolName: 'School',
    grade: 'Grade',
    phone: 'Phone',
    address: 'Address',
    contactAllowed: 'Contact allowed',
    note: 'Note',
    linkedRecord: 'Record in this institution',
    kind: 'Kind',
    person: 'Person',
  },
  stay: (n) => `Admission ${n}`,
  correction: 'Correction',
  latestOf: (shown, total) => `Latest ${shown} of ${total}`,
  noEntries: 'No entries',
  yes: 'Yes',
  no: 'No',
  sex: { male: 'Boy', female: 'Girl' },
  status: { in_residence: 'In residence', temporarily_absent: 'Temporarily absent', exited: 'Left' },
  disabilityStatus: { none: 'None', assessment: 'Being assessed', disability: 'Has a disability' },
  contactKind: { visit: 'Visit', home_leave: 'Home leave', phone: 'Phone call', video: 'Video call', letter: 'Letter', other: 'Other' },
  care: caseFileCareLabels.en,
};

/** The case file's texts by language. */
export const caseFileLabels: Record<Language, CaseFileLabels> = { az, ru, en };

