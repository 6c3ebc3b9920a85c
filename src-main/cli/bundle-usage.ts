import type { Language } from '../contract/common';

/**
 * The bundle commands' part of `--help`, per language: their lines in the list of commands and
 * a paragraph for each. messages.ts puts them into the usage text.
 */
export const bundleUsage = {
  en: {
    commands: `  keys show                show the institution's signing key: key ID and fingerprint
  keys export-public       save the public key file the ministry enrols
  keys rotate              replace the signing key; save the rotation file for the ministry
  keys export-rotation     save the rotation file of the current key again
  ministry-recipient set   set the ministry's encryption key (age1…)
  export                   export a signed, encrypted bundle for the ministry
  verify                   check a bundle's signature, hashes and manifest`,
    details: `keys show --data-dir DIR
  Prints the key ID and fingerprint of the institution's signing key, to compare over the phone with
  what the ministry enrolled, and its public key file.

keys export-public --data-dir DIR --out FILE [--force]
  Saves the public key as a minisign public key file for enrolment at the ministry, which checks
  every bundle with it (minisign -V). An existing FILE is replaced only with --force.

keys rotate --data-dir DIR --out FILE [--force]
  Makes a new signing key in place of the current one and saves the rotation file as FILE: the new
  public key, signed with the old key. Send FILE to the ministry, which adds the new key to the
  institution's enrolment. Bundles exported from now on are signed with the new key; the ministry
  imports them once it has added it. Audited. An existing FILE is replaced only with --force.

keys export-rotation --data-dir DIR --out FILE [--force]
  Saves again the rotation file that made the current signing key (a copy stays in DIR), to send it
  to the ministry once more.

ministry-recipient set --data-dir DIR (--recipient age1… | --file FILE)
  Sets the key bundles are encrypted to: the ministry's age1… recipient, or the ministry's key file
  (which also brings the key its receipts are signed with). Prints the fingerprint: compare it with
  the one the ministry gave you. Audited; a refused key changes nothing.

export --data-dir DIR --profile named|statistical|plan --out FILE [--include-secret] [--force]
  Makes the next bundle for the ministry (it takes the next sequence number), signed and encrypted
  to the ministry's key, and saves it as FILE; a copy stays in DIR. Progress goes to standard error,
  the summary of the manifest to standard output. named: full records, without adoption-secret
  records unless --include-secret; statistical: no names, FİN, contacts or free text; plan: the
  transformation plan and its indicators only. An existing FILE is replaced only with --force.

verify FILE --public-key KEYFILE
  Checks a bundle without a data directory and without decrypting it: its signature with the
  institution's public key file, its manifest, the size and SHA-256 of its payload. Exit code 1
  names what is wrong; an expired bundle is reported with a warning.`,
  },
  az: {
    commands: `  keys show                müəssisənin imza açarını göstərmək: identifikatoru və barmaq izi
  keys export-public       nazirliyin qeydiyyata aldığı açıq açar faylını saxlamaq
  keys rotate              imza açarını dəyişdirmək; nazirlik üçün dəyişdirmə faylını saxlamaq
  keys export-rotation     hazırkı açarın dəyişdirmə faylını yenidən saxlamaq
  ministry-recipient set   nazirliyin şifrələmə açarını (age1…) təyin etmək
  export                   nazirlik üçün imzalanmış, şifrələnmiş paket ixrac etmək
  verify                   paketin imzasını, heş-dəyərlərini və manifestini yoxlamaq`,
    details: `keys show --data-dir QOVLUQ
  Müəssisənin imza açarının identifikatorunu və barmaq izini (nazirliyin qeydiyyata aldığı ilə telefonla
  tutuşdurmaq üçün) və açıq açar faylını çap edir.

keys export-public --data-dir QOVLUQ --out FAYL [--force]
  Açıq açarı nazirlikdə qeydiyyat üçün minisign açıq açar faylı kimi saxlayır; nazirlik hər paketi
  onunla yoxlayır (minisign -V). Mövcud FAYL yalnız --force ilə əvəz olunur.

keys rotate --data-dir QOVLUQ --out FAYL [--force]
  Hazırkı imza açarının yerinə yeni açar yaradır və açarın dəyişdirilməsi faylını FAYL kimi saxlayır:
  köhnə açarla imzalanmış yeni açıq açar. FAYL-ı nazirliyə göndərin, nazirlik yeni açarı müəssisənin
  qeydiyyatına əlavə edəcək. Bundan sonra ixrac olunan paketlər yeni açarla imzalanır; nazirlik onları
  açarı əlavə etdikdən sonra qəbul edir. Audit jurnalına yazılır. Mövcud FAYL yalnız --force ilə əvəz
  olunur.

keys export-rotation --data-dir QOVLUQ --out FAYL [--force]
  Hazırkı imza açarını yaradan dəyişdirmə faylını (surəti QOVLUQ-da qalır) nazirliyə bir daha
  göndərmək üçün yenidən saxlayır.

ministry-recipient set --data-dir QOVLUQ (--recipient age1… | --file FAYL)
  Paketlərin şifrələndiyi açarı təyin edir: nazirliyin age1… alıcısı və ya nazirliyin açar faylı
  (o, qəbzlərin imzalandığı açarı da gətirir). Barmaq izini çap edir: onu nazirliyin verdiyi ilə
  tutuşdurun. Audit jurnalına yazılır; rədd edilmiş açar heç nəyi dəyişmir.

export --data-dir QOVLUQ --profile named|statistical|plan --out FAYL [--include-secret] [--force]
  Nazirlik üçün növbəti paketi (növbəti ardıcıl nömrə ilə) hazırlayır, imzalayır, nazirliyin açarı
  ilə şifrələyir və FAYL kimi saxlayır; surəti QOVLUQ-da qalır. Gediş standart xəta axınına, manifestin
  xülasəsi standart çıxışa yazılır. named: tam qeydlər, --include-secret olmadan övladlığa götürmə
  sirri olan qeydlər daxil edilmir; statistical: ad, FİN, əlaqə məlumatları və sərbəst mətn olmadan;
  plan: yalnız transformasiya planı və göstəriciləri. Mövcud FAYL yalnız --force ilə əvəz olunur.

verify FAYL --public-key AÇAR-FAYLI
  Paketi verilənlər qovluğu olmadan və şifrəsini açmadan yoxlayır: müəssisənin açıq açar faylı ilə
  imzasını, manifestini, şifrələnmiş məlumatın ölçüsünü və SHA-256-sını. Çıxış kodu 1 nəyin səhv
  olduğunu göstərir; müddəti bitmiş paket barədə xəbərdarlıq çap olunur.`,
  },
  ru: {
    commands: `  keys show                показать ключ подписи учреждения: идентификатор и отпечаток
  keys export-public       сохранить файл открытого ключа для регистрации в министерстве
  keys rotate              сменить ключ подписи; сохранить файл смены ключа для министерства
  keys export-rotation     снова сохранить файл смены текущего ключа
  ministry-recipient set   задать ключ шифрования министерства (age1…)
  export                   экспортировать подписанный зашифрованный пакет для министерства
  verify                   проверить подпись, хеши и манифест пакета`,
    details: `keys show --data-dir ПАПКА
  Печатает идентификатор и отпечаток ключа подписи учреждения (чтобы сверить по телефону с тем,
  что зарегистрировало министерство) и файл открытого ключа.

keys export-public --data-dir ПАПКА --out ФАЙЛ [--force]
  Сохраняет открытый ключ в виде файла открытого ключа minisign для регистрации в министерстве,
  которое проверяет им каждый пакет (minisign -V). Существующий ФАЙЛ заменяется только с --force.

keys rotate --data-dir ПАПКА --out ФАЙЛ [--force]
  Создаёт новый ключ подписи вместо текущего и сохраняет файл смены ключа как ФАЙЛ: новый открытый
  ключ, подписанный старым. Отправьте ФАЙЛ в министерство, которое добавит новый ключ к регистрации
  учреждения. Пакеты, экспортированные после этого, подписываются новым ключом; министерство примет
  их, когда добавит его. Записывается в журнал аудита. Существующий ФАЙЛ заменяется только с --force.

keys export-rotation --data-dir ПАПКА --out ФАЙЛ [--force]
  Снова сохраняет файл смены ключа, создавший текущий ключ подписи (копия остаётся в ПАПКЕ), чтобы
  ещё раз отправить его в министерство.

ministry-recipient set --data-dir ПАПКА (--recipient age1… | --file ФАЙЛ)
  Задаёт ключ, которым шифруются пакеты: получателя age1… министерства или файл ключей министерства
  (он приносит и ключ, которым подписаны квитанции). Печатает отпечаток: сверьте его с тем, что
  передало министерство. Записывается в журнал аудита; отклонённый ключ ничего не меняет.

export --data-dir ПАПКА --profile named|statistical|plan --out ФАЙЛ [--include-secret] [--force]
  Создаёт следующий пакет для министерства (со следующим порядковым номером), подписанный и
  зашифрованный ключом министерства, и сохраняет его как ФАЙЛ; копия остаётся в ПАПКЕ. Ход работы
  выводится в стандартный поток ошибок, сводка манифеста — в стандартный вывод. named: полные записи,
  без записей, составляющих тайну усыновления, если не указан --include-secret; statistical: без имён,
  ФИН, контактов и свободного текста; plan: только план трансформации и его показатели.
  Существующий ФАЙЛ заменяется только с --force.

verify ФАЙЛ --public-key ФАЙЛ-КЛЮЧА
  Проверяет пакет без папки данных и без расшифровки: подпись по файлу открытого ключа учреждения,
  манифест, размер и SHA-256 зашифрованных данных. Код выхода 1 называет, что не так; о пакете
  с истёкшим сроком печатается предупреждение.`,
  },
} satisfies Record<Language, { commands: string; details: string }>;
