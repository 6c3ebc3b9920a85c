import type { ServiceInput } from '../../contract/services-register';

/**
 * The community services of the demo register: the new services a transformation builds (day care,
 * rehabilitation, inclusive schooling, family support) and the ones children already use. Capacity
 * is left out: it follows from how many demo children take a place (see `capacityFor`).
 */
export type DemoService = Omit<ServiceInput, 'capacity'> & {
  /** Stable key the pathway planner refers by (ids only exist once written). */
  key: string;
  /**
   * How full the demo makes it: `full` (every place taken, children waiting), `nearly` (one place
   * free), or how many places there are per place the demo children take.
   */
  room: number | 'full' | 'nearly';
};

export const DEMO_SERVICES: readonly DemoService[] = [
  {
    key: 'day_care_nasimi',
    name: 'Nəsimi rayonu Günərzi Qayğı Mərkəzi',
    typeCode: 'day_care',
    regionCode: 'baku',
    address: 'Bakı, Nəsimi rayonu, Səməd Vurğun küçəsi 34',
    phone: '+994 12 493 21 40',
    active: true,
    note: 'Sağlamlıq imkanları məhdud uşaqlar üçün; iş günləri 08:30–17:30.',
    room: 1.3,
  },
  {
    key: 'day_care_sumgait',
    name: 'Sumqayıt şəhəri Günərzi Qayğı Mərkəzi',
    typeCode: 'day_care',
    regionCode: 'sumgait',
    address: 'Sumqayıt, 9-cu mikrorayon, Sülh küçəsi 12',
    phone: '+994 18 642 15 07',
    active: true,
    note: null,
    room: 1.5,
  },
  {
    key: 'rehab_baku',
    name: 'Bakı Reabilitasiya-İnkişaf Mərkəzi',
    typeCode: 'rehabilitation',
    regionCode: 'baku',
    address: 'Bakı, Yasamal rayonu, Şərifzadə küçəsi 118',
    phone: '+994 12 539 44 18',
    active: true,
    note: 'Fizioterapiya, loqoped və psixoloq məşğələləri. Növbə var.',
    // The demo's example of a service at capacity, with children waiting.
    room: 'full',
  },
  {
    key: 'rehab_ganja',
    name: 'Gəncə şəhəri Reabilitasiya-İnkişaf Mərkəzi',
    typeCode: 'rehabilitation',
    regionCode: 'ganja',
    address: 'Gəncə, Nizami küçəsi 57',
    phone: '+994 22 256 30 91',
    active: true,
    note: null,
    room: 1.4,
  },
  {
    key: 'school_23',
    name: 'Bakı şəhəri 23 nömrəli tam orta məktəb (inklüziv siniflər)',
    typeCode: 'inclusive_school',
    regionCode: 'baku',
    address: 'Bakı, Nərimanov rayonu, Təbriz küçəsi 79',
    phone: '+994 12 564 08 23',
    active: true,
    note: null,
    room: 1.6,
  },
  {
    key: 'school_132',
    name: 'Xətai rayonu 132 nömrəli tam orta məktəb (inklüziv təhsil)',
    typeCode: 'inclusive_school',
    regionCode: 'baku',
    address: 'Bakı, Xətai rayonu, Babək prospekti 21',
    phone: '+994 12 490 13 32',
    active: true,
    note: 'Eşitmə və görmə pozuntusu olan uşaqlar üçün dəstək müəllimi var.',
    room: 1.2,
  },
  {
    key: 'health_polyclinic',
    name: 'Bakı şəhəri 4 nömrəli uşaq poliklinikası',
    typeCode: 'health',
    regionCode: 'baku',
    address: 'Bakı, Binəqədi rayonu, Cəlil Məmmədquluzadə küçəsi 8',
    phone: '+994 12 562 17 04',
    active: true,
    note: null,
    room: 2,
  },
  {
    key: 'family_support',
    name: 'Binəqədi rayonu Ailəyə Dəstək Mərkəzi',
    typeCode: 'family_support',
    regionCode: 'baku',
    address: 'Bakı, Binəqədi rayonu, Azadlıq prospekti 152',
    phone: '+994 12 510 66 29',
    active: true,
    note: 'Ailənin yenidən birləşməsinə hazırlıq, valideynlərə məsləhət.',
    room: 'nearly',
  },
  {
    key: 'psychological',
    name: 'Uşaq və Gənclər üçün Psixoloji Dəstək Mərkəzi',
    typeCode: 'psychological',
    regionCode: 'baku',
    address: 'Bakı, Səbail rayonu, Üzeyir Hacıbəyov küçəsi 45',
    phone: '+994 12 498 72 55',
    active: true,
    note: null,
    room: 1.5,
  },
  {
    key: 'day_care_closed',
    name: 'Xəzər rayonu Günərzi Qayğı Mərkəzi',
    typeCode: 'day_care',
    regionCode: 'baku',
    address: 'Bakı, Xəzər rayonu, Mərdəkan qəsəbəsi',
    phone: null,
    active: false,
    note: 'Təmirlə əlaqədar müvəqqəti bağlanıb.',
    room: 1,
  },
];

/**
 * Places of a service whose demo referrals would take `planned` places by the end: fewer than that
 * when it is to be full (so some children wait), one more when nearly full, else its `room` share
 * of them and at least four.
 */
export function capacityFor(service: DemoService, planned: number): number {
  const places =
    service.room === 'full'
      ? Math.max(1, planned - Math.max(1, Math.round(planned * 0.15)))
      : service.room === 'nearly'
        ? planned + 1
        : Math.max(4, Math.round(planned * service.room));
  return Math.min(5000, places);
}
