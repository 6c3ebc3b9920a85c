/**
 * Azerbaijani text of the demo transformation plan: the actions the director adds to the template,
 * notes of what was done, retraining, budget lines, the building and the new services. Written for
 * the demo only; none of it is reference data.
 */

/** The plan's title for a period starting in `from` and ending in `to` (years). */
export const planTitle = (from: string, to: string): string => `Müəssisənin ailə əsaslı sosial xidmətlər mərkəzinə transformasiyası (${from}–${to})`;

/** What the director wrote about the building when the plan was made. */
export const buildingCondition = 'İki korpus; əsas korpusun damı 2019-cu ildə təmir olunub, istilik sistemi köhnədir. Yataq otaqlarının bir hissəsi boşdur.';

/** Notes of what was done, by demo action key: the note written the day the action was marked done. */
export const doneNotes: Readonly<Record<string, string>> = {
  records: 'Bütün uşaqların şəxsi işləri yoxlanıldı; çatışmayan sənədlər (doğum şəhadətnamələri, tibbi arayışlar) tamamlandı.',
  facts: 'İşçi heyəti, illik büdcə və binanın vəziyyəti barədə məlumatlar toplanıb plana daxil edildi.',
  assessment: 'Hər uşağın ailə vəziyyəti, sağlamlığı və inkişafı üzrə fərdi qiymətləndirmə başa çatdı; nəticələr şəxsi işlərdədir.',
  carePlans: 'Müəssisədəki bütün uşaqlar üçün fərdi qayğı planları hazırlandı, ilk baxış tarixləri təyin edildi.',
  requests: 'Qəbul müraciətlərinin reyestri aparılır; hər müraciət üzrə ilkin qiymətləndirmə forması tətbiq olunur.',
  alternatives: 'Yetkinlik yaşına çatmayanların işləri üzrə komissiya ilə qəbula alternativlər barədə razılaşma imzalandı.',
  needs: 'Rayonda xidmətlərə ehtiyac öyrənildi: günərzi qayğı, ailəyə dəstək və reabilitasiya prioritet seçildi.',
  firstService: 'Günərzi Qayğı Mərkəzi ilk uşaqları qəbul etdi.',
  dayCareStaff: 'Müsabiqə ilə altı işçi seçildi; onlardan dördü müəssisənin öz tərbiyəçiləridir.',
  familySupport: 'Ailəyə dəstək xidməti işə başladı; ilk on iki ailə ilə iş aparılır.',
  trainingNeeds: 'İşçilərlə fərdi müsahibələr aparıldı; təlim ehtiyacları cədvəli hazırlandı.',
  costs: 'Yeni xidmətlərin illik xərcləri hesablandı və Nazirliyə təqdim edildi.',
  buildingPlan: 'Binanın yeni istifadə planı hazırlanıb Nazirliyə təqdim edildi.',
  repairs: 'Birinci mərtəbənin şərq qanadında təmir başa çatdı; otaqlar günərzi mərkəzə təhvil verildi.',
  meeting: 'Rayon İcra Hakimiyyəti, təhsil şöbəsi və QHT-lərlə görüş keçirildi; protokol tərtib olundu.',
  community: 'Üç məhəllədə valideynlər üçün məlumatlandırma görüşü keçirildi.',
  annualReport: 'Birinci ilin hesabatı hazırlanıb Nazirliyə göndərildi.',
};

/** Notes written while an action was still going, by demo action key. */
export const progressNotes: Readonly<Record<string, string>> = {
  voices: 'Uşaqlarla fokus-qrup görüşləri keçirildi; valideynlər arasında sorğu davam edir.',
  preparation: 'Ailəyə qayıdacaq uşaqlar üçün hazırlıq görüşləri cədvəli tərtib olundu.',
  followUps: 'İzləmə görüşlərinin qrafiki sosial işçilər arasında bölüşdürüldü.',
  retraining: 'Təlimlərin birinci mərhələsi başa çatdı.',
  fosterFamilies: 'İlk beş namizəd ailə ilə müsahibə aparıldı.',
};

/** Why an action stopped, written the day it was marked blocked. */
export const blockedNote = 'Təmir üçün vəsait hələ ayrılmayıb; iş dayandırılıb.';

/** The quarterly review of the indicators, in turn. */
export const reviewNotes: readonly string[] = [
  'Göstəricilərin rüblük baxışı: qalan uşaqların sayı, qəbul və alternativ qərarlar müzakirə edildi.',
  'Rüblük baxış: ailəyə qayıdan uşaqlar və izləmə görüşlərinin nəticələri müzakirə edildi.',
  'Rüblük baxış: fərdi planların əhatəsi və yeni xidmətlərin doluluğu yoxlanıldı.',
];

/** The actions the director adds to the template, by demo key. */
export const extraActions: Readonly<Record<string, string>> = {
  dayCareStaff: 'Günərzi mərkəz üçün işçiləri seçmək',
  familySupport: 'Ailəyə dəstək xidmətini yaratmaq',
  repairs: 'Birinci mərtəbəni günərzi mərkəz üçün təmir etmək',
  community: 'İcma üçün məlumatlandırma görüşləri keçirmək',
  fosterFamilies: 'Himayədar ailələri seçmək və hazırlamaq',
  groupHomeFlats: 'İkinci mərtəbədə kiçik qrup evi üçün mənzilləri hazırlamaq',
  groupHome: 'Ailə tipli kiçik qrup evini açmaq',
};

/** Retraining of staff members: the training, the new role (null: the same), hours. */
export const trainings: readonly { training: string; newRole: string | null; hours: number }[] = [
  { training: 'Ailəyə dəstək üzrə sosial iş', newRole: 'Ailəyə dəstək üzrə sosial işçi', hours: 72 },
  { training: 'Günərzi qayğı mərkəzində inkişafyönlü məşğələlər', newRole: 'Günərzi mərkəzin tərbiyəçisi', hours: 48 },
  { training: 'Erkən müdaxilə və inkişafın qiymətləndirilməsi', newRole: 'Erkən müdaxilə mütəxəssisi', hours: 96 },
  { training: 'Himayədar ailələrin seçilməsi və dəstəklənməsi', newRole: 'Himayədar ailələr üzrə koordinator', hours: 60 },
  { training: 'Uşaq hüquqları və uşağın iştirakı', newRole: null, hours: 24 },
  { training: 'Reabilitasiya məşğələlərində köməkçi', newRole: 'Reabilitasiya köməkçisi', hours: 80 },
  { training: 'Fərdi iş (keys menecment)', newRole: 'Keys menecer', hours: 72 },
  { training: 'Uşaqların ailəyə qayıdışa hazırlanması', newRole: 'Sosial işçi', hours: 40 },
];

/** The trainings revision 2 adds, for the small group home. */
export const groupHomeTrainings: readonly { training: string; newRole: string | null; hours: number }[] = [
  { training: 'Ailə tipli kiçik qrup evində qayğı', newRole: 'Kiçik qrup evinin tərbiyəçisi', hours: 60 },
  { training: 'Ailə tipli kiçik qrup evində qayğı', newRole: 'Kiçik qrup evinin tərbiyəçisi', hours: 60 },
  { training: 'Kiçik qrup evinin idarə olunması', newRole: 'Kiçik qrup evinin rəhbəri', hours: 40 },
];

/** What the staff members being retrained do now. */
export const currentRoles: readonly string[] = ['tərbiyəçi', 'tərbiyəçi', 'tibb bacısı', 'tərbiyəçi', 'müəllim', 'tərbiyəçi', 'psixoloq', 'tərbiyəçi köməkçisi'];

/** Budget lines, by demo key. */
export const budgetTitles: Readonly<Record<string, string>> = {
  dayCare: 'Günərzi qayğı mərkəzinin işçi və cari xərcləri',
  familySupport: 'Ailəyə dəstək xidmətinin xərcləri',
  repairs: 'Birinci mərtəbənin təmiri',
  training: 'İşçilərin yenidən hazırlığı',
  rehabilitation: 'Reabilitasiya kabinetinin avadanlığı',
  groupHome: 'Kiçik qrup evi üçün mənzillərin hazırlanması',
};

/** Parts of the building and their new use, by demo key. */
export const buildingItems: Readonly<Record<string, { space: string; currentUse: string | null; newUse: string }>> = {
  dayCare: { space: 'Birinci mərtəbə, şərq qanadı (dörd otaq)', currentUse: 'Yataq otaqları', newUse: 'Günərzi qayğı mərkəzinin otaqları' },
  rehabilitation: { space: 'Birinci mərtəbə, idman zalının yanındakı otaqlar', currentUse: 'Anbar', newUse: 'Reabilitasiya-inkişaf kabineti' },
  canteen: { space: 'Yeməkxana', currentUse: 'Müəssisənin yeməkxanası', newUse: 'Günərzi mərkəzin və icma tədbirlərinin yeməkxanası' },
  groupHome: { space: 'İkinci mərtəbə, qərb qanadı', currentUse: 'Boşalmış yataq otaqları', newUse: 'Ailə tipli kiçik qrup evi üçün iki mənzil' },
};

/** The new services, by demo key. */
export const newServiceNames: Readonly<Record<string, string>> = {
  dayCare: 'Müəssisənin Günərzi Qayğı Mərkəzi',
  familySupport: 'Müəssisənin Ailəyə Dəstək Xidməti',
  rehabilitation: 'Reabilitasiya-inkişaf kabineti',
  groupHome: 'Ailə tipli kiçik qrup evi',
};

/** The note of the services-register entry staff made for the family support service before it was marked opened. */
export const familySupportNote = 'Transformasiya planı çərçivəsində yaradılıb; ailələrə evdə və mərkəzdə dəstək.';
