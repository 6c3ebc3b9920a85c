import type { MetaSeedItem } from './seed-registry';

/** Assessment domains (issue: care pathway), scored 1–4. */
export const assessmentDomainSeed: readonly MetaSeedItem[] = [
  { code: 'health', az: 'Sağlamlıq', ru: 'Здоровье', en: 'Health' },
  { code: 'development', az: 'İnkişaf', ru: 'Развитие', en: 'Development' },
  { code: 'education', az: 'Təhsil', ru: 'Образование', en: 'Education' },
  { code: 'emotional_behaviour', az: 'Emosional vəziyyət və davranış', ru: 'Эмоции и поведение', en: 'Emotions and behaviour' },
  { code: 'family_relations', az: 'Ailə münasibətləri', ru: 'Семейные отношения', en: 'Family relations' },
  { code: 'life_skills', az: 'Özünəxidmət və həyat bacarıqları', ru: 'Самообслуживание и жизненные навыки', en: 'Self-care and life skills' },
  { code: 'social_participation', az: 'Sosial iştirak', ru: 'Социальное участие', en: 'Social participation' },
];

/**
 * How a child leaves (domain note "Exits and placements"). Guardianship is for children under 14,
 * trusteeship for 14–18, ageing out from 18; adoption makes the record secret (Law on Access to
 * Information, art. 38.3.4); a transfer is never a family placement.
 */
export const exitTypeSeed: readonly MetaSeedItem[] = [
  { code: 'reintegration', az: 'Bioloji ailəyə qaytarılma', ru: 'Возвращение в кровную семью', en: 'Reintegration with the birth family', meta: { placement: 'family', followUp: true } },
  { code: 'kinship', az: 'Qohumların himayəsi', ru: 'Опека родственников', en: 'Kinship care', meta: { placement: 'family', followUp: true } },
  { code: 'guardianship', az: 'Qəyyumluq (14 yaşadək)', ru: 'Опека (до 14 лет)', en: 'Guardianship (under 14)', meta: { placement: 'family', maxAge: 13, followUp: true } },
  { code: 'trusteeship', az: 'Himayə (14–18 yaş)', ru: 'Попечительство (14–18 лет)', en: 'Trusteeship (14–18)', meta: { placement: 'family', minAge: 14, maxAge: 17, followUp: true } },
  { code: 'foster_family', az: 'Himayədar ailə', ru: 'Приёмная семья', en: 'Foster family', meta: { placement: 'family', followUp: true } },
  { code: 'adoption', az: 'Övladlığa götürmə', ru: 'Усыновление', en: 'Adoption', meta: { placement: 'family', secret: true, followUp: true } },
  { code: 'small_group_home', az: 'Ailə tipli kiçik qrup evi', ru: 'Малый групповой дом семейного типа', en: 'Family-type small group home', meta: { placement: 'family', followUp: true } },
  { code: 'transfer', az: 'Başqa müəssisəyə köçürülmə', ru: 'Перевод в другое учреждение', en: 'Transfer to another institution', meta: { placement: 'transfer' } },
  { code: 'aged_out', az: 'Müstəqil həyat (18 yaş tamam olub)', ru: 'Самостоятельная жизнь (исполнилось 18)', en: 'Independent living / aged out', meta: { placement: 'none', minAge: 18 } },
  { code: 'death', az: 'Vəfat', ru: 'Смерть', en: 'Death', meta: { placement: 'none' } },
];

/** Community services a child can be referred to (the institution's own new services included). */
export const serviceTypeSeed: readonly MetaSeedItem[] = [
  { code: 'day_care', az: 'Günərzi qayğı mərkəzi', ru: 'Центр дневного ухода', en: 'Day-care centre' },
  { code: 'rehabilitation', az: 'Reabilitasiya-inkişaf mərkəzi', ru: 'Реабилитационно-развивающий центр', en: 'Rehabilitation-development centre' },
  { code: 'inclusive_school', az: 'İnklüziv məktəb', ru: 'Инклюзивная школа', en: 'Inclusive school' },
  { code: 'health', az: 'Səhiyyə xidməti', ru: 'Медицинская служба', en: 'Health service' },
  { code: 'family_support', az: 'Ailəyə dəstək xidməti', ru: 'Служба поддержки семьи', en: 'Family support service' },
  { code: 'psychological', az: 'Psixoloji dəstək', ru: 'Психологическая поддержка', en: 'Psychological support' },
  { code: 'other', az: 'Digər', ru: 'Другое', en: 'Other' },
];

/** Who asked for a child to be admitted (gatekeeping register). */
export const gatekeepingRequesterSeed: readonly MetaSeedItem[] = [
  { code: 'parent', az: 'Valideyn', ru: 'Родитель', en: 'Parent' },
  { code: 'relative', az: 'Qohum', ru: 'Родственник', en: 'Relative' },
  { code: 'commission', az: 'Yetkinlik yaşına çatmayanların işləri üzrə komissiya', ru: 'Комиссия по делам несовершеннолетних', en: 'Juvenile affairs commission' },
  { code: 'guardianship_authority', az: 'Qəyyumluq və himayə orqanı', ru: 'Орган опеки и попечительства', en: 'Guardianship authority' },
  { code: 'police', az: 'Polis', ru: 'Полиция', en: 'Police' },
  { code: 'hospital', az: 'Xəstəxana', ru: 'Больница', en: 'Hospital' },
  { code: 'school', az: 'Məktəb', ru: 'Школа', en: 'School' },
  { code: 'other', az: 'Digər', ru: 'Другое', en: 'Other' },
];
