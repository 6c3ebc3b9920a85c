import type { ReferenceMeta } from '../../contract/reference';
import type { SeedItem } from './seed-data';

/** Seed item with kind-specific flags. */
export type MetaSeedItem = SeedItem & { meta?: ReferenceMeta };

/**
 * Legal statuses (domain note "The child"). The 2025 amendment unifies "deprived of parental care",
 * so the director can retire and add statuses; these are the categories in use today.
 */
export const legalStatusSeed: readonly MetaSeedItem[] = [
  { code: 'orphan', az: 'Yetim (hər iki valideyni vəfat edib)', ru: 'Сирота (оба родителя умерли)', en: 'Orphan (both parents deceased)' },
  {
    code: 'deprived_of_care',
    az: 'Valideyn himayəsindən məhrum',
    ru: 'Оставшийся без попечения родителей',
    en: 'Deprived of parental care',
    meta: { requiresDeprivationReason: true },
  },
  {
    code: 'with_parents_social',
    az: 'Valideynləri var, sosial səbəblərdən yerləşdirilib',
    ru: 'Имеет родителей, помещён по социальным причинам',
    en: 'With parents, placed for social reasons',
  },
  { code: 'unknown_parents', az: 'Valideynləri məlum deyil', ru: 'Родители неизвестны', en: 'Parents unknown' },
];

/** Why a child is deprived of parental care. */
export const deprivationReasonSeed: readonly SeedItem[] = [
  { code: 'parental_rights_deprived', az: 'Valideynlər valideyn hüquqlarından məhrum edilib', ru: 'Родители лишены родительских прав', en: 'Parents deprived of parental rights' },
  { code: 'parental_rights_limited', az: 'Valideyn hüquqları məhdudlaşdırılıb', ru: 'Родительские права ограничены', en: 'Parental rights limited' },
  { code: 'declared_missing_or_dead', az: 'Valideynlər itkin düşmüş və ya ölmüş elan edilib', ru: 'Родители признаны безвестно отсутствующими или умершими', en: 'Parents declared missing or dead' },
  { code: 'parents_incapable', az: 'Valideynlər fəaliyyət qabiliyyətsiz hesab edilib', ru: 'Родители признаны недееспособными', en: 'Parents declared incapable' },
  { code: 'parents_imprisoned', az: 'Valideynlər cəza çəkir', ru: 'Родители отбывают наказание', en: 'Parents serving a sentence' },
  { code: 'parents_refused', az: 'Valideynlər uşaqdan imtina edib', ru: 'Родители отказались от ребёнка', en: 'Parents refused the child' },
  { code: 'long_term_treatment', az: 'Valideynlər uzunmüddətli müalicədədir', ru: 'Родители на длительном лечении', en: 'Parents in long-term treatment' },
  { code: 'parents_unknown', az: 'Valideynlər məlum deyil', ru: 'Родители неизвестны', en: 'Parents unknown' },
];

/** Reasons for an admission (several may apply). */
export const admissionReasonSeed: readonly SeedItem[] = [
  { code: 'poverty', az: 'Yoxsulluq', ru: 'Бедность', en: 'Poverty' },
  { code: 'child_disability', az: 'Uşağın sağlamlıq imkanlarının məhdudluğu', ru: 'Инвалидность ребёнка', en: "Child's disability" },
  { code: 'family_crisis', az: 'Ailə böhranı', ru: 'Семейный кризис', en: 'Family crisis' },
  { code: 'neglect', az: 'Baxımsızlıq', ru: 'Безнадзорность', en: 'Neglect' },
  { code: 'violence', az: 'Zorakılıq', ru: 'Насилие', en: 'Violence' },
  { code: 'parental_care_loss', az: 'Valideyn himayəsinin itirilməsi', ru: 'Утрата родительского попечения', en: 'Loss of parental care' },
  { code: 'housing', az: 'Mənzil problemi', ru: 'Жилищная проблема', en: 'Housing problem' },
  { code: 'education_access', az: 'Təhsilə çıxış', ru: 'Доступ к образованию', en: 'Access to education' },
  { code: 'other', az: 'Digər', ru: 'Другое', en: 'Other' },
];

/** Where the child came from. */
export const admissionSourceSeed: readonly SeedItem[] = [
  { code: 'family', az: 'Ailədən', ru: 'Из семьи', en: 'From the family' },
  { code: 'hospital', az: 'Xəstəxanadan / doğum evindən', ru: 'Из больницы / роддома', en: 'From a hospital / maternity ward' },
  { code: 'other_institution', az: 'Başqa müəssisədən', ru: 'Из другого учреждения', en: 'From another institution' },
  { code: 'street', az: 'Küçədən', ru: 'С улицы', en: 'From the street' },
  { code: 'foster_family', az: 'Himayədar ailədən', ru: 'Из приёмной семьи', en: 'From a foster family' },
  { code: 'other', az: 'Digər', ru: 'Другое', en: 'Other' },
];

/** Who referred the child. */
export const referringBodySeed: readonly SeedItem[] = [
  { code: 'juvenile_commission', az: 'Yetkinlik yaşına çatmayanların işləri və hüquqlarının müdafiəsi üzrə komissiya', ru: 'Комиссия по делам несовершеннолетних и защите их прав', en: "Juvenile affairs and rights commission" },
  { code: 'guardianship_authority', az: 'Qəyyumluq və himayə orqanı', ru: 'Орган опеки и попечительства', en: 'Guardianship authority' },
  { code: 'ministry_of_education', az: 'Təhsil Nazirliyi', ru: 'Министерство образования', en: 'Ministry of Education' },
  { code: 'health_facility', az: 'Səhiyyə müəssisəsi', ru: 'Учреждение здравоохранения', en: 'Health facility' },
  { code: 'police', az: 'Polis', ru: 'Полиция', en: 'Police' },
  { code: 'parents', az: 'Valideynlər', ru: 'Родители', en: 'Parents' },
  { code: 'other', az: 'Digər', ru: 'Другое', en: 'Other' },
];

/** Bodies whose decision is the basis of an admission. */
export const decisionBodySeed: readonly SeedItem[] = [
  { code: 'juvenile_commission', az: 'Yetkinlik yaşına çatmayanların işləri üzrə komissiya', ru: 'Комиссия по делам несовершеннолетних', en: 'Juvenile affairs commission' },
  { code: 'court', az: 'Məhkəmə', ru: 'Суд', en: 'Court' },
  { code: 'guardianship_authority', az: 'Qəyyumluq və himayə orqanı', ru: 'Орган опеки и попечительства', en: 'Guardianship authority' },
  { code: 'executive_authority', az: 'Yerli icra hakimiyyəti', ru: 'Местная исполнительная власть', en: 'Local executive authority' },
  { code: 'ministry_of_education', az: 'Təhsil Nazirliyi', ru: 'Министерство образования', en: 'Ministry of Education' },
];

/** Disability categories (0–18, sağlamlıq imkanları məhdud). */
export const disabilityCategorySeed: readonly SeedItem[] = [
  { code: 'physical', az: 'Fiziki (hərəkət) pozuntusu', ru: 'Нарушение опорно-двигательного аппарата', en: 'Physical (mobility) impairment' },
  { code: 'intellectual', az: 'İntellektual inkişaf pozuntusu', ru: 'Нарушение интеллектуального развития', en: 'Intellectual disability' },
  { code: 'hearing', az: 'Eşitmə pozuntusu', ru: 'Нарушение слуха', en: 'Hearing impairment' },
  { code: 'visual', az: 'Görmə pozuntusu', ru: 'Нарушение зрения', en: 'Visual impairment' },
  { code: 'speech', az: 'Nitq pozuntusu', ru: 'Нарушение речи', en: 'Speech impairment' },
  { code: 'autism', az: 'Autizm spektri pozuntusu', ru: 'Расстройство аутистического спектра', en: 'Autism spectrum disorder' },
  { code: 'chronic_illness', az: 'Xroniki xəstəlik', ru: 'Хроническое заболевание', en: 'Chronic illness' },
  { code: 'multiple', az: 'Çoxsaylı pozuntular', ru: 'Множественные нарушения', en: 'Multiple impairments' },
];

/** Schooling types; an inclusive class in a general school is flagged for the indicators. */
export const educationTypeSeed: readonly MetaSeedItem[] = [
  { code: 'preschool', az: 'Məktəbəqədər', ru: 'Дошкольное', en: 'Pre-school' },
  { code: 'in_house', az: 'Müəssisədaxili təhsil', ru: 'Обучение в учреждении', en: 'Schooling in the institution' },
  { code: 'general_school', az: 'Ümumtəhsil məktəbi', ru: 'Общеобразовательная школа', en: 'General school' },
  { code: 'inclusive_class', az: 'Ümumtəhsil məktəbində inklüziv sinif', ru: 'Инклюзивный класс в общеобразовательной школе', en: 'Inclusive class in a general school', meta: { inclusive: true } },
  { code: 'special_school', az: 'Xüsusi məktəb', ru: 'Специальная школа', en: 'Special school' },
  { code: 'home_schooling', az: 'Evdə təhsil', ru: 'Обучение на дому', en: 'Home schooling' },
  { code: 'vocational', az: 'Peşə təhsili', ru: 'Профессиональное образование', en: 'Vocational education' },
  { code: 'not_in_education', az: 'Təhsil almır', ru: 'Не обучается', en: 'Not in education' },
];

/** How a person relates to the child; siblings can link to their own records. */
export const relationTypeSeed: readonly MetaSeedItem[] = [
  { code: 'mother', az: 'Ana', ru: 'Мать', en: 'Mother' },
  { code: 'father', az: 'Ata', ru: 'Отец', en: 'Father' },
  { code: 'brother', az: 'Qardaş', ru: 'Брат', en: 'Brother', meta: { sibling: true } },
  { code: 'sister', az: 'Bacı', ru: 'Сестра', en: 'Sister', meta: { sibling: true } },
  { code: 'grandmother', az: 'Nənə', ru: 'Бабушка', en: 'Grandmother' },
  { code: 'grandfather', az: 'Baba', ru: 'Дедушка', en: 'Grandfather' },
  { code: 'aunt', az: 'Xala / bibi', ru: 'Тётя', en: 'Aunt' },
  { code: 'uncle', az: 'Dayı / əmi', ru: 'Дядя', en: 'Uncle' },
  { code: 'other_relative', az: 'Digər qohum', ru: 'Другой родственник', en: 'Other relative' },
  { code: 'guardian', az: 'Qəyyum / himayəçi', ru: 'Опекун / попечитель', en: 'Guardian / trustee' },
  { code: 'family_friend', az: 'Ailə dostu', ru: 'Друг семьи', en: 'Family friend' },
];

/** Domains of progress notes (the assessment domains of the care pathway). */
export const noteDomainSeed: readonly SeedItem[] = [
  { code: 'health', az: 'Sağlamlıq', ru: 'Здоровье', en: 'Health' },
  { code: 'development', az: 'İnkişaf', ru: 'Развитие', en: 'Development' },
  { code: 'education', az: 'Təhsil', ru: 'Образование', en: 'Education' },
  { code: 'emotional_behaviour', az: 'Emosional vəziyyət və davranış', ru: 'Эмоции и поведение', en: 'Emotions and behaviour' },
  { code: 'family_relations', az: 'Ailə münasibətləri', ru: 'Семейные отношения', en: 'Family relations' },
  { code: 'life_skills', az: 'Özünəxidmət və həyat bacarıqları', ru: 'Самообслуживание и жизненные навыки', en: 'Self-care and life skills' },
  { code: 'social_participation', az: 'Sosial iştirak', ru: 'Социальное участие', en: 'Social participation' },
  { code: 'general', az: 'Ümumi', ru: 'Общее', en: 'General' },
];
