/**
 * Azerbaijani sentences for the demo care pathway: plan goals and actions, reviews, assessment
 * summaries, follow-up visits, exits and gatekeeping. Written for the demo only; none of it is
 * reference data.
 */
import type { FollowUpOutcome } from '../../contract/placements';

/** Care-plan goals by assessment domain, with the youngest age (years) each makes sense for. */
export const goalTexts: Readonly<Record<string, readonly (readonly [text: string, minAge: number])[]>> = {
  health: [
    ['Peyvənd təqviminin tamamlanması', 0],
    ['Çəkinin yaşa uyğun həddə çatdırılması', 0],
    ['Xroniki xəstəliyin nəzarət altında saxlanılması', 0],
    ['Diş müalicəsinin başa çatdırılması', 3],
  ],
  development: [
    ['Nitq bacarıqlarının yaşa uyğun səviyyəyə çatdırılması', 1],
    ['İncə motor bacarıqlarının inkişafı', 1],
    ['Diqqəti cəmləmə müddətinin artırılması', 4],
  ],
  education: [
    ['Oxu və yazı bacarıqlarının möhkəmləndirilməsi', 6],
    ['Riyaziyyatdan geriliyin aradan qaldırılması', 7],
    ['Dərsə davamiyyətin yaxşılaşdırılması', 6],
    ['İnklüziv sinifdə təhsilə uyğunlaşma', 6],
  ],
  emotional_behaviour: [
    ['Yeni mühitə uyğunlaşma', 0],
    ['Emosiyaları idarə etmək bacarığının gücləndirilməsi', 4],
    ['Yaşıdları ilə münaqişələrin azaldılması', 4],
  ],
  family_relations: [
    ['Ailə ilə müntəzəm əlaqənin bərpası', 0],
    ['Bioloji ailəyə qayıdışa hazırlıq', 0],
    ['Qohumlarla görüşlərin təşkili', 0],
    ['Uyğun ailə əsaslı qayğı formasının tapılması', 0],
  ],
  life_skills: [
    ['Özünəxidmət bacarıqlarının müstəqil yerinə yetirilməsi', 3],
    ['Gündəlik rejimə müstəqil əməl etmək', 5],
    ['Müstəqil həyata hazırlıq: yemək bişirmə və pulun idarə olunması', 14],
  ],
  social_participation: [
    ['Dərnək və ya idman bölməsinə cəlb olunmaq', 5],
    ['İcma tədbirlərində iştirak', 3],
    ['Yaşıdları ilə dostluq münasibətlərinin qurulması', 3],
  ],
};

/** Actions towards a goal, by domain, and the staff role that usually owns them. */
export const actionTexts: Readonly<Record<string, { role: string; texts: readonly string[] }>> = {
  health: { role: 'Həkim', texts: ['Pediatr müayinəsinin təşkili', 'Stomatoloqa göndəriş', 'Peyvənd kartının yoxlanılması'] },
  development: {
    role: 'Loqoped',
    texts: ['Həftədə iki dəfə loqoped məşğələsi', 'Psixoloqla inkişaf qiymətləndirməsi', 'Reabilitasiya mərkəzinə göndərişin hazırlanması'],
  },
  education: { role: 'Müəllim', texts: ['Müəllimlə rüblük görüş', 'Əlavə riyaziyyat dərsləri', 'Ev tapşırıqlarına gündəlik nəzarət'] },
  emotional_behaviour: {
    role: 'Psixoloq',
    texts: ['Psixoloqla həftəlik fərdi söhbət', 'Qrup məşğələlərinə cəlb etmə', 'Davranış gündəliyinin aparılması'],
  },
  family_relations: {
    role: 'Sosial işçi',
    texts: [
      'Ailənin yaşayış şəraitinin qiymətləndirilməsi',
      'Ayda iki dəfə görüşün təşkili',
      'Qəyyumluq orqanı ilə görüş',
      'Qohumların axtarışı üçün sorğu',
    ],
  },
  life_skills: {
    role: 'Tərbiyəçi',
    texts: ['Həftəlik yemək hazırlama məşğələsi', 'Cib xərcliyinin idarə olunmasının öyrədilməsi', 'Gigiyena qaydalarının məşq edilməsi'],
  },
  social_participation: { role: 'Tərbiyəçi', texts: ['İdman bölməsinə yazılış', 'Rəsm dərnəyinə qeydiyyat', 'Yay düşərgəsinə göndəriş'] },
};

/** Who usually sits at a plan review. */
export const reviewParticipants: readonly string[] = [
  'Direktor, sosial işçi, psixoloq, tərbiyəçi',
  'Direktor müavini, sosial işçi, tərbiyəçi',
  'Sosial işçi, psixoloq, müəllim, həkim',
  'Direktor, sosial işçi, qəyyumluq orqanının nümayəndəsi',
];

/** What a plan review decided. */
export const reviewDecisions: readonly string[] = [
  'Məqsədlər üzrə irəliləyiş qənaətbəxşdir; plan dəyişmədən davam etdirilir.',
  'Nitq məşğələlərinin sayı artırılır; növbəti baxış altı aydan sonra.',
  'Ailə ilə görüşlər müsbət keçir; ailəyə qayıdış imkanı qiymətləndiriləcək.',
  'Məktəb göstəriciləri aşağıdır; müəllimlə əlavə görüş təyin edildi.',
  'Bir məqsəd əldə olunub, yeni məqsəd əlavə edildi.',
  'Reabilitasiya mərkəzində məşğələlər davam etdirilir.',
];

/** Assessment summaries by how the scores moved since the last assessment. */
export const assessmentSummaries: Readonly<Record<'first' | 'better' | 'same' | 'worse', readonly string[]>> = {
  first: ['Qəbuldan sonra ilkin qiymətləndirmə aparılıb; ehtiyaclar müəyyən edilib.', 'İlkin qiymətləndirmə: fərdi plan üçün əsas götürülür.'],
  better: ['Əvvəlki qiymətləndirmə ilə müqayisədə irəliləyiş var.', 'Əksər sahələrdə müsbət dinamika müşahidə olunur.'],
  same: ['Vəziyyət sabitdir, əhəmiyyətli dəyişiklik yoxdur.', 'Göstəricilər əvvəlki səviyyədə qalır.'],
  worse: ['Bəzi sahələrdə geriləmə var; plana yenidən baxılmalıdır.', 'Emosional vəziyyətdə pisləşmə müşahidə olunur; psixoloji dəstək artırılır.'],
};

/** A domain note for a score of serious concern. */
export const concernNote = 'Təcili dəstək tələb olunur.';

/** What a follow-up visit found, by outcome. */
export const visitNotes: Readonly<Record<FollowUpOutcome, readonly string[]>> = {
  stable: [
    'Uşaq ailəyə uyğunlaşıb, məktəbə gedir.',
    'Ailədə şərait qənaətbəxşdir, uşaq sağlamdır.',
    'Uşaqla və ailə ilə ayrıca söhbət aparılıb; narahatlıq yoxdur.',
  ],
  at_risk: [
    'Ailədə maddi çətinliklər var; ailəyə dəstək xidmətinə müraciət tövsiyə olunub.',
    'Uşaq məktəbə nizamsız gedir; növbəti ziyarət tezləşdirilir.',
    'Ailə üzvləri arasında gərginlik müşahidə olunur.',
  ],
  broken_down: [
    'Yerləşdirmə pozulub: ailə uşağa baxa bilmədiyini bildirib.',
    'Uşaq evdən qaçıb; yerləşdirmə davam edə bilməz.',
    'Ailədə zorakılıq əlamətləri aşkarlanıb; uşaq təhlükəsiz yerə köçürülməlidir.',
  ],
};

/** A note on an exit, by exit type (none where the type says it all). */
export const exitNotes: Readonly<Record<string, string>> = {
  reintegration: 'Ailənin vəziyyəti qiymətləndirilib; ailəyə dəstək xidməti ilə işləyəcək.',
  kinship: 'Qohumlar uşağı tanıyır, görüşlər əvvəlcədən təşkil olunub.',
  foster_family: 'Himayədar ailə ilə müqavilə bağlanıb; hazırlıq kursunu keçiblər.',
  small_group_home: 'Bacı-qardaşlarla birlikdə yerləşdirilməsi nəzərə alınıb.',
  transfer: 'Uşağın ehtiyaclarına uyğun ixtisaslaşmış müəssisəyə köçürülüb.',
  aged_out: 'Müstəqil həyata hazırlıq planı başa çatıb; peşə təhsilini davam etdirir.',
};

/** Family-type small group homes a child may move to. */
export const smallGroupHomes: readonly string[] = [
  'Ailə tipli kiçik qrup evi № 2 (Binəqədi rayonu)',
  'Ailə tipli kiçik qrup evi № 5 (Sumqayıt)',
  'Ailə tipli kiçik qrup evi № 7 (Xətai rayonu)',
];

/** Other institutions a child may be transferred to (never counted as progress). */
export const otherInstitutions: readonly string[] = [
  'Gəncə şəhəri 2 nömrəli uşaq evi',
  'Şəki şəhəri internat məktəbi',
  'Mərdəkan sağlamlıq imkanları məhdud uşaqlar üçün internat',
];

/** Where a young person who aged out went to live. */
export const agedOutAddresses: readonly string[] = [
  'Bakı, peşə liseyinin yataqxanası',
  'Sumqayıt, sosial mənzil',
  'Bakı, Xətai rayonu, kirayə mənzil',
];

/** Notes on referrals: requested, declined for want of a place, and waiting. */
export const referralNotes = {
  requested: 'Göndəriş məktubu və tibbi arayış təqdim olunub.',
  noPlace: 'Mərkəzdə boş yer olmadığı üçün imtina edilib.',
  waiting: 'Mərkəz doludur; uşaq növbəyə yazılıb.',
  closedOnExit: 'Uşaq müəssisəni tərk etdiyi üçün bağlanıb.',
} as const;

/** Baku districts and towns for the names of local bodies. */
export const districts: readonly string[] = ['Nəsimi', 'Yasamal', 'Binəqədi', 'Xətai', 'Nərimanov', 'Sabunçu', 'Suraxanı', 'Nizami', 'Səbail', 'Qaradağ'];

/** Gatekeeping: what the assessment of a request found, by the decision it led to. */
export const gatekeepingAssessments: Readonly<Record<string, readonly string[]>> = {
  admitted: [
    'Ailədə uşağın təhlükəsizliyi təmin oluna bilmir; alternativ qayğı forması tapılmayıb.',
    'Valideyn himayəsindən məhrumdur; qohumlar uşağı götürə bilmir.',
  ],
  diverted_family_support: [
    'Ailə maddi çətinlik içindədir, lakin uşağa qayğı göstərməyə hazırdır; ailəyə dəstək kifayətdir.',
    'Mənzil problemi müvəqqətidir; sosial yardımla ailə uşağı saxlaya bilər.',
  ],
  referred_services: [
    'Uşağın xüsusi ehtiyacları günərzi qayğı və reabilitasiya xidmətləri ilə ödənilə bilər; ailədə qalması mümkündür.',
    'Ana işləyir; uşaq gün ərzində qayğı mərkəzində ola bilər.',
  ],
  kinship_foster: [
    'Nənəsi uşağı himayəyə götürməyə razıdır; yaşayış şəraiti qiymətləndirilib.',
    'Qohumlar yoxdur; hazırlıq keçmiş himayədar ailə tapılıb.',
  ],
  refused: ['Müraciətin əsası təsdiqlənmədi; uşaq ailədə təhlükəsizdir.', 'Uşaq başqa rayonun müəssisəsinə aiddir; müraciət ora yönləndirildi.'],
};

/** Gatekeeping: the note of each decision other than admission. */
export const gatekeepingDecisionNotes: Readonly<Record<string, readonly string[]>> = {
  diverted_family_support: [
    'Ailəyə dəstək mərkəzinə yönləndirildi; ünvanlı sosial yardım üçün sənədlər hazırlanır.',
    'Sosial işçi ailə ilə ayda iki dəfə görüşəcək.',
  ],
  referred_services: ['Uşaq günərzi qayğı mərkəzinə göndərildi, ailədə qalır.', 'Reabilitasiya-inkişaf mərkəzində məşğələlərə yazıldı.'],
  kinship_foster: ['Uşaq qohumlarının himayəsinə verildi; qəyyumluq orqanı nəzarət edəcək.', 'Himayədar ailəyə yerləşdirildi.'],
  refused: ['Müəssisəyə qəbul üçün əsas yoxdur.', 'Müraciət aidiyyəti üzrə göndərildi.'],
};
