import type { Language } from '../contract/common';

/**
 * The ministry commands' part of `--help`, per language: their lines in the list of commands and
 * a paragraph for each. messages.ts puts them into the usage text.
 */
export const ministryUsage = {
  en: {
    commands: `  ministry init            make a data folder the ministry's: its decryption and receipt keys
  ministry recipient       print the ministry's age1… recipient, or save its key file
  ministry enroll          enrol an institution with its public key file
  ministry import          check and import bundles from institutions (or only check them)
  ministry receipt         save the signed receipt of an imported bundle for its institution`,
    details: `ministry init --data-dir DIR [--name NAME]
  Makes DIR the ministry's installation (refused in an institution's): the age key bundles are
  encrypted to and the key receipts are signed with, both kept in DIR/secrets. NAME defaults to
  "Təhsil Nazirliyi". Prints the age1… recipient and its fingerprint.

ministry recipient --data-dir DIR [--out FILE] [--force]
  Prints the ministry's age1… recipient on one line. With --out, also saves the ministry key file
  for the institutions (ministry-recipient set --file): the recipient and the public key their
  receipts are checked with. An existing FILE is replaced only with --force.

ministry enroll --data-dir DIR --institution-code CODE --public-key FILE
                [--name NAME] [--region REGION] [--type TYPE]
  Enrols an institution with the public key file it saved with keys export-public; only bundles
  signed with that key are accepted from it. Prints the key ID and fingerprint: compare them with
  the institution's. NAME defaults to CODE; REGION and TYPE are reference codes (e.g. baku,
  children_home).

ministry import --data-dir DIR [--dry-run] [--json] FILE…
  Imports the bundles one by one, each all or nothing: zip structure, the enrolled key, signature
  and hashes, expiry, sequence (the same bundle again is "already imported"; an older one is refused
  as a rollback; one after a gap is imported with a warning), then every record. A rejected bundle
  leaves the database as it was; every attempt is kept in the import history. --dry-run makes the
  same checks and counts and writes nothing. --json prints one JSON object per bundle, one a line,
  and nothing else. Exit code 0 when none was rejected, 1 when any was.

ministry receipt --data-dir DIR --bundle FILE --out FILE [--force]
  Saves the signed receipt of the latest import of the bundle FILE (imported, already imported or
  rejected, with the reason in the --lang language) for its institution. An existing output FILE
  is replaced only with --force.`,
  },
  az: {
    commands: `  ministry init            verilənlər qovluğunu nazirliyin etmək: deşifrə və qəbz açarları
  ministry recipient       nazirliyin age1… alıcısını çap etmək və ya açar faylını saxlamaq
  ministry enroll          müəssisəni açıq açar faylı ilə qeydiyyata almaq
  ministry import          müəssisələrin paketlərini yoxlamaq və idxal etmək (və ya yalnız yoxlamaq)
  ministry receipt         idxal edilmiş paketin imzalanmış qəbzini müəssisə üçün saxlamaq`,
    details: `ministry init --data-dir QOVLUQ [--name AD]
  QOVLUQ-u nazirliyin quraşdırması edir (müəssisənin quraşdırmasında rədd edilir): paketlərin
  şifrələndiyi age açarını və qəbzlərin imzalandığı açarı yaradır, hər ikisi QOVLUQ/secrets-də
  saxlanılır. AD susmaya görə "Təhsil Nazirliyi"-dir. age1… alıcısını və barmaq izini çap edir.

ministry recipient --data-dir QOVLUQ [--out FAYL] [--force]
  Nazirliyin age1… alıcısını bir sətirdə çap edir. --out ilə müəssisələr üçün nazirliyin açar
  faylını da saxlayır (ministry-recipient set --file): alıcını və qəbzlərin yoxlandığı açıq açarı.
  Mövcud FAYL yalnız --force ilə əvəz olunur.

ministry enroll --data-dir QOVLUQ --institution-code KOD --public-key FAYL
                [--name AD] [--region REGION] [--type NÖV]
  Müəssisəni keys export-public ilə saxladığı açıq açar faylı ilə qeydiyyata alır; ondan yalnız bu
  açarla imzalanmış paketlər qəbul olunur. Açarın identifikatorunu və barmaq izini çap edir: onları
  müəssisədəki ilə tutuşdurun. AD susmaya görə KOD-dur; REGION və NÖV soraq kodlarıdır (məs. baku,
  children_home).

ministry import --data-dir QOVLUQ [--dry-run] [--json] FAYL…
  Paketləri bir-bir idxal edir, hər birini ya tam, ya heç: zip quruluşu, qeydiyyatdakı açar, imza
  və heş-dəyərlər, müddət, ardıcıl nömrə (eyni paket təkrar "artıq idxal edilib" olur; köhnəsi geri
  qaytarma kimi rədd edilir; boşluqdan sonrakı xəbərdarlıqla idxal edilir), sonra hər qeyd. Rədd
  edilmiş paket verilənlər bazasını olduğu kimi saxlayır; hər cəhd idxal tarixçəsində qalır.
  --dry-run eyni yoxlamaları və sayları edir, heç nə yazmır. --json hər paket üçün bir sətirdə bir
  JSON obyekti çap edir, başqa heç nə. Çıxış kodu: heç biri rədd edilməyibsə 0, biri də rədd
  edilibsə 1.

ministry receipt --data-dir QOVLUQ --bundle FAYL --out FAYL [--force]
  FAYL paketinin sonuncu idxalının imzalanmış qəbzini (idxal edilib, artıq idxal edilib və ya rədd
  edilib; səbəbi --lang dilində) müəssisə üçün saxlayır. Mövcud çıxış FAYL-ı yalnız --force ilə
  əvəz olunur.`,
  },
  ru: {
    commands: `  ministry init            сделать папку данных установкой министерства с его ключами
  ministry recipient       напечатать получателя age1… министерства или сохранить файл его ключей
  ministry enroll          зарегистрировать учреждение с файлом его открытого ключа
  ministry import          проверить и импортировать пакеты учреждений (или только проверить)
  ministry receipt         сохранить подписанную квитанцию импортированного пакета для учреждения`,
    details: `ministry init --data-dir ПАПКА [--name НАЗВАНИЕ]
  Делает ПАПКУ установкой министерства (в установке учреждения — отказ): ключ age, которым
  шифруются пакеты, и ключ подписи квитанций; оба хранятся в ПАПКА/secrets. НАЗВАНИЕ по умолчанию
  «Təhsil Nazirliyi». Печатает получателя age1… и его отпечаток.

ministry recipient --data-dir ПАПКА [--out ФАЙЛ] [--force]
  Печатает получателя age1… министерства одной строкой. С --out также сохраняет файл ключей
  министерства для учреждений (ministry-recipient set --file): получателя и открытый ключ, которым
  проверяются квитанции. Существующий ФАЙЛ заменяется только с --force.

ministry enroll --data-dir ПАПКА --institution-code КОД --public-key ФАЙЛ
                [--name НАЗВАНИЕ] [--region РЕГИОН] [--type ТИП]
  Регистрирует учреждение с файлом открытого ключа, сохранённым им командой keys export-public;
  от него принимаются только пакеты, подписанные этим ключом. Печатает идентификатор и отпечаток
  ключа: сверьте их с теми, что у учреждения. НАЗВАНИЕ по умолчанию — КОД; РЕГИОН и ТИП — коды
  справочников (например, baku, children_home).

ministry import --data-dir ПАПКА [--dry-run] [--json] ФАЙЛ…
  Импортирует пакеты по очереди, каждый целиком или никак: структура zip, зарегистрированный ключ,
  подпись и хеши, срок действия, порядковый номер (тот же пакет повторно — «уже импортирован»;
  более старый отклоняется как откат; пакет после пропуска импортируется с предупреждением), затем
  каждая запись. Отклонённый пакет оставляет базу данных как была; каждая попытка остаётся в
  истории импорта. --dry-run выполняет те же проверки и подсчёты и ничего не записывает. --json
  печатает по одному объекту JSON на пакет, по одному в строке, и ничего больше. Код выхода 0,
  если ни один не отклонён, 1, если отклонён хотя бы один.

ministry receipt --data-dir ПАПКА --bundle ФАЙЛ --out ФАЙЛ [--force]
  Сохраняет для учреждения подписанную квитанцию последнего импорта пакета ФАЙЛ (импортирован,
  уже импортирован или отклонён, с причиной на языке --lang). Существующий выходной ФАЙЛ
  заменяется только с --force.`,
  },
} satisfies Record<Language, { commands: string; details: string }>;
