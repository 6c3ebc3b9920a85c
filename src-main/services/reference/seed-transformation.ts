import type { MetaSeedItem } from './seed-registry';

/**
 * Target service models a residential institution is transformed into (domain note "Who and where"):
 * the family-type small group home follows the model charter of Cabinet of Ministers decision No. 207
 * of 13.08.2013; 13 boarding schools became general schools.
 */
export const serviceModelSeed: readonly MetaSeedItem[] = [
  { code: 'day_care_centre', az: 'Günərzi qayğı mərkəzi', ru: 'Центр дневного ухода', en: 'Day-care centre' },
  { code: 'rehabilitation_centre', az: 'Reabilitasiya-inkişaf mərkəzi', ru: 'Реабилитационно-развивающий центр', en: 'Rehabilitation-development centre' },
  { code: 'small_group_home', az: 'Ailə tipli kiçik qrup evi', ru: 'Малый групповой дом семейного типа', en: 'Family-type small group home' },
  { code: 'general_school', az: 'Ümumtəhsil məktəbi', ru: 'Общеобразовательная школа', en: 'General school' },
  { code: 'family_support', az: 'Ailəyə dəstək xidməti', ru: 'Служба поддержки семьи', en: 'Family support service' },
  { code: 'foster_care_service', az: 'Himayədar ailə xidməti', ru: 'Служба приёмных семей', en: 'Foster care service' },
];
