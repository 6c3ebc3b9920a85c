import type { BundleProblem } from '../../bundles/verify';

/**
 * Why the ministry's import refuses a bundle, beyond what `verifyBundle` already names
 * (`bundleProblems.*` in the contract messages), and what it warns about. Each code is stable and has
 * a sentence in az, ru and en with `{{param}}` placeholders filled from the outcome's `params`; these
 * records are meant to be merged into `src-main/contract/messages/*.json`.
 */

type Sentences = { az: string; ru: string; en: string };

/** Rejections only the ministry's import makes, with their translated sentences. */
export const importProblemMessages = {
  'file-unreadable': {
    az: 'Fayl açıla və ya sonadək oxuna bilmədi (köçürülüb, silinib, kəsilib və ya ona giriş yoxdur).',
    ru: 'Файл не удалось открыть или прочитать до конца (он перемещён, удалён, обрезан или к нему нет доступа).',
    en: 'The file could not be opened or read to its end (it was moved, removed or cut short, or access is denied).',
  },
  'unknown-institution': {
    az: '{{code}} kodlu müəssisə qeydiyyatda deyil.',
    ru: 'Учреждение с кодом {{code}} не зарегистрировано.',
    en: 'No institution with code {{code}} is enrolled.',
  },
  'unknown-key': {
    az: 'Paket {{keyId}} açarı ilə imzalanıb, bu açar isə {{code}} müəssisəsi üçün qeydiyyatda deyil.',
    ru: 'Пакет подписан ключом {{keyId}}, который не зарегистрирован для учреждения {{code}}.',
    en: 'The bundle was signed with key {{keyId}}, which is not enrolled for institution {{code}}.',
  },
  'revoked-key': {
    az: 'Paket {{keyId}} açarı ilə {{createdAt}} tarixində imzalanıb, bu açar isə {{revokedFrom}} tarixindən ləğv edilib.',
    ru: 'Пакет подписан {{createdAt}} ключом {{keyId}}, который отозван с {{revokedFrom}}.',
    en: 'The bundle was signed on {{createdAt}} with key {{keyId}}, which is revoked from {{revokedFrom}}.',
  },
  'wrong-institution': {
    az: 'Paket {{code}} müəssisəsinin adından yazılıb, amma onun açarı {{expected}} müəssisəsinə məxsusdur.',
    ru: 'Пакет составлен от имени учреждения {{code}}, но его ключ принадлежит учреждению {{expected}}.',
    en: 'The bundle names institution {{code}}, but its key belongs to institution {{expected}}.',
  },
  'unsupported-version': {
    az: 'Paket Körpü-nün bu versiyasının oxuya bilmədiyi format versiyasında ({{version}}) yazılıb: nazirlikdə Körpü-nü yeniləyin.',
    ru: 'Пакет записан в версии формата ({{version}}), которую эта версия Körpü не читает: обновите Körpü в министерстве.',
    en: 'The bundle is written in a format version ({{version}}) this version of Körpü cannot read: update Körpü at the ministry.',
  },
  expired: {
    az: 'Paketin müddəti {{expiresAt}} tarixində bitib: müəssisədən yeni paket ixrac etməsini xahiş edin.',
    ru: 'Срок действия пакета истёк {{expiresAt}}: попросите учреждение экспортировать новый пакет.',
    en: 'The bundle expired on {{expiresAt}}: ask the institution to export a new one.',
  },
  rollback: {
    az: '{{sequence}} nömrəli paket bu müəssisədən artıq idxal edilmiş {{last}} nömrəli paketdən yeni deyil: köhnə, təkrar göndərilmiş və ya eyni nömrəli başqa paketdir.',
    ru: 'Пакет {{sequence}} не новее уже импортированного пакета {{last}} этого учреждения: это старый, повторно отправленный пакет или другой пакет с тем же номером.',
    en: 'Bundle {{sequence}} is not newer than bundle {{last}}, already imported from this institution: it is an old or replayed bundle, or another bundle with the same number.',
  },
  'broken-chain': {
    az: '{{sequence}} nömrəli paket bu müəssisədən idxal edilmiş {{last}} nömrəli paketin davamı deyil (manifestlər zənciri qırılıb).',
    ru: 'Пакет {{sequence}} не продолжает импортированный пакет {{last}} этого учреждения (цепочка манифестов нарушена).',
    en: 'Bundle {{sequence}} does not follow bundle {{last}} imported from this institution (the chain of manifests is broken).',
  },
  'cannot-decrypt': {
    az: 'Paketin məlumatı nazirliyin açarı ilə deşifrə edilə bilmir: o, başqa alıcı üçün şifrələnib və ya zədələnib.',
    ru: 'Данные пакета не расшифровываются ключом министерства: они зашифрованы для другого получателя или повреждены.',
    en: 'The bundle’s data cannot be decrypted with the ministry’s key: it was encrypted for another recipient, or is damaged.',
  },
  'payload-invalid': {
    az: 'Deşifrə edilmiş məlumat paket formatının tələb etdiyi kimi düzülməyib.',
    ru: 'Расшифрованные данные устроены не так, как требует формат пакета.',
    en: 'The decrypted data is not laid out as the bundle format requires.',
  },
  'record-invalid': {
    az: '{{table}} cədvəlinin {{line}} nömrəli yazısı "{{profile}}" profilinin sxeminə uyğun deyil ({{path}}).',
    ru: 'Запись {{line}} таблицы {{table}} не соответствует схеме профиля «{{profile}}» ({{path}}).',
    en: 'Record {{line}} of table {{table}} does not fit the schema of the “{{profile}}” profile ({{path}}).',
  },
  'count-mismatch': {
    az: '{{table}} cədvəlində {{found}} yazı var, manifestdə isə {{expected}} göstərilib.',
    ru: 'В таблице {{table}} {{found}} записей, а в манифесте указано {{expected}}.',
    en: 'Table {{table}} holds {{found}} records; the manifest says {{expected}}.',
  },
} as const satisfies Record<string, Sentences>;

/** A rejection code of the ministry's import only. */
export type ImportOnlyProblem = keyof typeof importProblemMessages;

/** Every rejection code of `readBundle`: `verifyBundle`'s (translated as `bundleProblems.*`) and the import's own. */
export type ImportProblem = BundleProblem | ImportOnlyProblem;

/** Warnings of a bundle that is imported all the same. */
export const importWarningMessages = {
  'sequence-gap': {
    az: 'Bu müəssisənin {{missing}} nömrəli paket(lər)i alınmayıb; bu paket boşluqdan sonra idxal edilib.',
    ru: 'Пакет(ы) {{missing}} этого учреждения не получены; этот пакет импортирован после пропуска.',
    en: 'Bundle(s) {{missing}} of this institution have not been received; this bundle was imported after the gap.',
  },
} as const satisfies Record<string, Sentences>;

/** A warning code. */
export type ImportWarningCode = keyof typeof importWarningMessages;

/** A warning of an imported bundle, with the values for its sentence. */
export type ImportWarning = { code: ImportWarningCode; params: Record<string, string> };

/** Thrown inside the reader and turned into a `rejected` outcome by `readBundle`. */
export class ImportRejection extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}
