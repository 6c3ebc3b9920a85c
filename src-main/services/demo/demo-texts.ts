/**
 * Azerbaijani sentences for demo records: progress notes, diagnoses, family notes. Written for
 * the demo only; nothing here is reference data, and nothing is shown as if it were real.
 */

/** A sentence and the youngest age (years) it makes sense for. */
export type AgedText = readonly [text: string, minAge: number];

/** Progress-note sentences by note domain (codes of the note_domain seed). */
export const noteTexts: Readonly<Record<string, readonly AgedText[]>> = {
  health: [
    ['Planlı tibbi müayinədən keçib, vəziyyəti qənaətbəxşdir.', 0],
    ['Peyvəndlər təqvimə uyğun olaraq vurulub.', 0],
    ['Boy və çəki yaşına uyğundur.', 0],
    ['Soyuqdəymə ilə əlaqədar üç gün tibb otağında müşahidə altında olub.', 0],
    ['Stomatoloq müayinəsi aparılıb, müalicə tövsiyə olunub.', 3],
    ['Göz həkiminin müayinəsindən keçib, eynək təyin olunub.', 5],
  ],
  development: [
    ['Yaşına uyğun inkişaf göstəriciləri qiymətləndirilib.', 0],
    ['Oyuncaqlara maraq göstərir, səslərə cavab verir.', 0],
    ['Nitqində irəliləyiş var, yeni sözlər öyrənir.', 2],
    ['İncə motor bacarıqları yaxşılaşıb: qələmi düzgün tutur.', 3],
    ['Psixoloqla həftəlik məşğələlərə davam edir.', 3],
    ['Diqqəti cəmləmək üçün əlavə məşğələlər tövsiyə olunub.', 5],
  ],
  education: [
    ['Dərslərə müntəzəm gedir, ev tapşırıqlarını vaxtında yerinə yetirir.', 6],
    ['Rüblük qiymətləri yaxşıdır, riyaziyyatdan irəliləyiş var.', 7],
    ['Azərbaycan dilindən əlavə dərslərə başlayıb.', 7],
    ['Müəllimlə görüş keçirilib, oxu bacarığının gücləndirilməsi razılaşdırılıb.', 7],
    ['Məktəb olimpiadasında iştirak edib.', 9],
    ['Peşə seçimi ilə bağlı məsləhət alıb.', 14],
  ],
  emotional_behaviour: [
    ['Əhvalı sabitdir, gündəlik rejimə uyğunlaşıb.', 2],
    ['Yeni qrupa uyğunlaşma dövründə narahatlıq müşahidə olunur.', 3],
    ['Yaşıdları ilə münasibətləri yaxşılaşıb, münaqişələr azalıb.', 4],
    ['Psixoloqla fərdi söhbətlər davam edir.', 5],
    ['Qəzəbini idarə etmək üçün qrup məşğələlərinə cəlb olunub.', 8],
  ],
  life_skills: [
    ['Gündəlik gigiyena qaydalarına müstəqil əməl edir.', 4],
    ['Özünəxidmət bacarıqları yaxşılaşıb: yatağını özü yığır.', 5],
    ['Yemək hazırlama məşğələlərində iştirak edir.', 10],
    ['Pulun idarə olunması üzrə məşğələyə qatılıb.', 12],
    ['Müstəqil həyata hazırlıq planı üzrə ilk görüş keçirilib.', 15],
  ],
  social_participation: [
    ['Bayram tədbirində yaşıdları ilə birlikdə çıxış edib.', 3],
    ['Rəsm dərnəyinə gedir, işi sərgidə nümayiş olunub.', 5],
    ['Şahmat dərnəyinə yazılıb.', 6],
    ['Futbol bölməsində məşq edir.', 7],
    ['Yay düşərgəsində iştirak edib.', 8],
    ['Musiqi məktəbində tar dərslərinə başlayıb.', 8],
  ],
  general: [
    ['Fərdi plan nəzərdən keçirilib, məqsədlər yenilənib.', 0],
    ['Sosial işçi ilə aylıq görüş keçirilib.', 0],
    ['Sənədlərin surətləri şəxsi işə əlavə olunub.', 0],
    ['Növbəti qiymətləndirmə üç aydan sonra planlaşdırılıb.', 0],
  ],
};

/** "<possessive> ilə …" sentences about one relative (family_relations notes). */
export const relativeNoteTemplates: readonly string[] = [
  '{{who}} ilə görüş keçirilib, görüş müsbət keçib.',
  '{{who}} ilə telefon əlaqəsi saxlanılır.',
  '{{who}} ilə görüş planlaşdırıldığı kimi baş tutmayıb.',
  '{{who}} ilə birgə istirahət günü təşkil olunub.',
];

/** Family-relations sentences for a child with no known relatives. */
export const noRelativeNotes: readonly string[] = [
  'Ailə üzvləri ilə əlaqə yoxdur; axtarış davam edir.',
  'Qohumların axtarışı üçün qəyyumluq orqanına sorğu göndərilib.',
];

/** Possessive forms ("his/her mother" …) of each relation, to start a sentence. */
export const relationPossessive: Readonly<Record<string, string>> = {
  mother: 'Anası',
  father: 'Atası',
  grandmother: 'Nənəsi',
  grandfather: 'Babası',
  aunt: 'Bibisi',
  uncle: 'Əmisi',
  brother: 'Qardaşı',
  sister: 'Bacısı',
};

/** A diagnosis and the child's needs, by disability category code. */
export const disabilityTexts: Readonly<Record<string, readonly [diagnosis: string, needs: string]>> = {
  physical: ['Uşaq serebral iflici', 'Müntəzəm fizioterapiya, əlil arabası'],
  intellectual: ['Daun sindromu', 'Fərdi təhsil proqramı, loqoped məşğələləri'],
  hearing: ['İkitərəfli eşitmə itkisi', 'Eşitmə cihazı, işarət dili müəllimi'],
  visual: ['Zəif görmə', 'Brayl əlifbası ilə materiallar, böyüdücü'],
  speech: ['Nitqin ləngiməsi', 'Həftədə iki dəfə loqoped məşğələsi'],
  autism: ['Autizm spektri pozuntusu', 'Strukturlaşdırılmış gündəlik rejim, psixoloji dəstək'],
  chronic_illness: ['Bronxial astma', 'İnhalyator, mütəmadi həkim nəzarəti'],
  multiple: ['Çoxsaylı inkişaf pozuntuları', 'Reabilitasiya mərkəzində kompleks xidmət'],
};

/** Short health notes for children without a disability. */
export const healthNotes: readonly string[] = [
  'Peyvəndlər təqvimə uyğundur.',
  'Penisillinə allergiyası var.',
  'Pəhriz tələb olunmur.',
  'İldə iki dəfə stomatoloq müayinəsi.',
];

/** Notes on a relative in the family section. */
export const familyNotes: readonly string[] = [
  'Ayda bir dəfə ziyarət edir.',
  'Telefonla əlaqə saxlayır.',
  'Xaricdə işləyir.',
  'Uşağı evə götürmək istədiyini bildirib.',
  'Səhhəti ilə bağlı müalicə alır.',
  'Ailənin yenidən birləşməsi üçün qiymətləndirmə aparılır.',
];

/** Street names for addresses of relatives. */
export const streets: readonly string[] = [
  'Nizami',
  'Füzuli',
  'Səməd Vurğun',
  'Azadlıq',
  'Natəvan',
  'Cəfər Cabbarlı',
  'Üzeyir Hacıbəyov',
  'Şah İsmayıl Xətai',
  'Bülbül',
  'Məhsəti',
];

/** The family entry of a brother or sister who lives in the same institution. */
export const siblingInCareNote = 'Eyni müəssisədə yaşayır.';

/** Needs of a child whose disability is still being assessed. */
export const assessmentNeeds = 'Tibbi-sosial ekspert komissiyasının rəyi gözlənilir.';
