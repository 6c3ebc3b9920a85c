import regions from './seed/regions.json';

/** One seeded reference item; labels come in every UI language. */
export type SeedItem = { code: string; az: string; ru: string; en: string };

/** Types of state children's institutions (domain note: "Who and where"). */
export const institutionTypeSeed: readonly SeedItem[] = [
  { code: 'children_home', az: 'Uşaq evi', ru: 'Детский дом', en: "Children's home" },
  { code: 'infant_home', az: 'Körpələr evi', ru: 'Дом ребёнка', en: 'Infant home' },
  { code: 'boarding_school', az: 'İnternat məktəbi', ru: 'Школа-интернат', en: 'Boarding school' },
  {
    code: 'disability_boarding',
    az: 'Sağlamlıq imkanları məhdud uşaqlar üçün internat',
    ru: 'Интернат для детей с ограниченными возможностями здоровья',
    en: 'Boarding institution for children with disabilities',
  },
  {
    code: 'special_boarding_school',
    az: 'Xüsusi internat məktəbi',
    ru: 'Специальная школа-интернат',
    en: 'Special boarding school',
  },
  {
    code: 'family_type_group_home',
    az: 'Ailə tipli kiçik qrup evi',
    ru: 'Малый групповой дом семейного типа',
    en: 'Family-type small group home',
  },
  { code: 'other', az: 'Digər', ru: 'Другое', en: 'Other' },
];

/** Cities and districts of Azerbaijan with stable codes (shared/data/az-regions.json, labels completed). */
export const regionSeed: readonly SeedItem[] = regions.map(({ code, az, ru, en }) => ({ code, az, ru, en }));
