import type { Language } from '../contract/common';

/** The backup commands' part of `--help`, per language. */
export const backupUsage: Record<Language, { commands: string; details: string }> = {
  en: {
    commands: `  backup                   back the records up, here or to a file with a passphrase
  restore                  restore a backup made with a passphrase`,
    details: `backup --data-dir DIR [--out FILE --passphrase-stdin [--force]]
  Without --out: a backup in DIR/backups, encrypted with the database's own key (the app also makes
  one every day and before every migration and import; 7 daily, 4 weekly and 12 monthly are kept).
  With --out: the database and its keys encrypted with the passphrase read from standard input
  (at least 12 characters), to keep on a USB stick; it restores on another machine.

restore --data-dir DIR --from FILE [--passphrase-stdin]
  Restores a backup made with a passphrase (the passphrase on standard input), or one of DIR's own
  backups (DIR/backups/korpu-….db). Checks it (passphrase, integrity, that this version of Körpü
  knows its schema) before replacing anything, keeps the current database in DIR/backups, then
  restores. DIR may be new (a backup with a passphrase only).`,
  },
  az: {
    commands: `  backup                   qeydlərin ehtiyat nüsxəsi: burada və ya parolla fayla
  restore                  parolla yaradılmış ehtiyat nüsxəni bərpa etmək`,
    details: `backup --data-dir QOVLUQ [--out FAYL --passphrase-stdin [--force]]
  --out olmadan: QOVLUQ/backups-da bazanın öz açarı ilə şifrələnmiş nüsxə (proqram da hər gün, hər
  miqrasiya və idxaldan əvvəl nüsxə yaradır; 7 gündəlik, 4 həftəlik və 12 aylıq saxlanılır).
  --out ilə: baza və açarları standart girişdən oxunan parolla (ən azı 12 simvol) şifrələnir; USB
  yaddaşda saxlamaq üçün; başqa kompüterdə bərpa olunur.

restore --data-dir QOVLUQ --from FAYL [--passphrase-stdin]
  Parolla yaradılmış nüsxəni (parol standart girişdən) və ya QOVLUQ-un öz nüsxəsini
  (QOVLUQ/backups/korpu-….db) bərpa edir. Heç nəyi əvəz etməzdən əvvəl yoxlayır (parol, bütövlük,
  sxemin bu versiyaya tanış olması), cari bazanı QOVLUQ/backups-da saxlayır. QOVLUQ yeni də ola bilər
  (yalnız parolla nüsxə üçün).`,
  },
  ru: {
    commands: `  backup                   резервная копия: здесь или в файл с паролем
  restore                  восстановить резервную копию, сделанную с паролем`,
    details: `backup --data-dir КАТАЛОГ [--out ФАЙЛ --passphrase-stdin [--force]]
  Без --out: копия в КАТАЛОГ/backups, зашифрованная ключом самой базы (приложение также делает
  копию каждый день и перед каждой миграцией и импортом; хранятся 7 ежедневных, 4 недельных, 12 месячных).
  С --out: база и её ключи, зашифрованные паролем со стандартного ввода (не короче 12 символов), для
  USB-накопителя; восстанавливается на другом компьютере.

restore --data-dir КАТАЛОГ --from ФАЙЛ [--passphrase-stdin]
  Восстанавливает копию с паролем (пароль со стандартного ввода) или собственную копию КАТАЛОГА
  (КАТАЛОГ/backups/korpu-….db). До любой замены проверяет её (пароль, целостность, знакома ли схема
  этой версии), сохраняет текущую базу в КАТАЛОГ/backups. КАТАЛОГ может быть новым (только для копии с паролем).`,
  },
};
