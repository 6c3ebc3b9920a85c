import type { Language } from '../../contract/common';

/*
 * Dates, months, numbers and money as a printed document writes them in each language. Own month
 * names and separators, not Intl: Electron's ICU has no Azerbaijani data, so Intl would print
 * English or bare numbers there.
 */

type Calendar = {
  /** Month names as they stand in a date ("25 noyabr 2026", "25 ноября 2026 г."). */
  inDate: readonly string[];
  /** Month names on their own, before a year ("noyabr 2026", "ноябрь 2026 г."). */
  alone: readonly string[];
  /** `glue`: the space between the year and what follows it ("2026 г."). */
  date: (day: number, month: string, year: number, glue: string) => string;
  month: (month: string, year: number, glue: string) => string;
};

const azMonths = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const calendars: Record<Language, Calendar> = {
  az: { inDate: azMonths, alone: azMonths, date: (day, month, year) => `${day} ${month} ${year}`, month: (month, year) => `${month} ${year}` },
  ru: {
    // Genitive in a date ("25 ноября"), nominative on its own ("ноябрь").
    inDate: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    alone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    date: (day, month, year, glue) => `${day} ${month} ${year}${glue}г.`,
    month: (month, year, glue) => `${month} ${year}${glue}г.`,
  },
  en: { inDate: enMonths, alone: enMonths, date: (day, month, year) => `${day} ${month} ${year}`, month: (month, year) => `${month} ${year}` },
};

/**
 * How a date or month is written: `keepYear` joins the year to what follows it by a no-break space,
 * so that "2026 г." never breaks in a narrow table cell.
 */
export type DateStyle = { keepYear?: boolean };

const glueOf = (style: DateStyle): string => (style.keepYear === true ? '\u00a0' : ' ');

/** `YYYY-MM-DD` as "25 noyabr 2026" / "25 ноября 2026 г." / "25 November 2026"; anything else as it is. */
export function formatDocumentDate(date: string, language: Language, style: DateStyle = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const calendar = calendars[language];
  const month = match === null ? undefined : calendar.inDate[Number(match[2]) - 1];
  if (match === null || month === undefined) {
    return date;
  }
  return calendar.date(Number(match[3]), month, Number(match[1]), glueOf(style));
}

/** `YYYY-MM` as "noyabr 2026" / "ноябрь 2026 г." / "November 2026"; anything else as it is. */
export function formatDocumentMonth(value: string, language: Language, style: DateStyle = {}): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const calendar = calendars[language];
  const month = match === null ? undefined : calendar.alone[Number(match[2]) - 1];
  if (match === null || month === undefined) {
    return value;
  }
  return calendar.month(month, Number(match[1]), glueOf(style));
}

/** Thousands and decimal separators (a no-break space for Russian, so a number never wraps). */
const marks: Record<Language, { group: string; decimal: string; percent: string }> = {
  az: { group: '.', decimal: ',', percent: '%' },
  ru: { group: '\u00a0', decimal: ',', percent: '\u00a0%' },
  en: { group: ',', decimal: '.', percent: '%' },
};

function grouped(whole: number, group: string): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** A number rounded to at most `fractionDigits` decimals (trailing zeros dropped): "1.250,5" (az). */
export function formatNumber(value: number, language: Language, fractionDigits = 1): string {
  const { group, decimal } = marks[language];
  const scale = 10 ** fractionDigits;
  const scaled = Math.round(Math.abs(value) * scale);
  const whole = Math.floor(scaled / scale);
  const fraction = String(scaled % scale).padStart(fractionDigits, '0').replace(/0+$/, '');
  const sign = value < 0 && scaled > 0 ? '-' : '';
  return `${sign}${grouped(whole, group)}${fraction === '' ? '' : `${decimal}${fraction}`}`;
}

/** A percentage, to one decimal at most: "25%", "33,3%" (az), "25 %" (ru). */
export function formatPercent(value: number, language: Language): string {
  return `${formatNumber(value, language)}${marks[language].percent}`;
}

/**
 * Whole qəpik as manat, always with two decimals: "1.250.000,50 AZN" (az), "1 250 000,50 AZN" (ru),
 * "1,250,000.50 AZN" (en). Manat and qəpik apart, so an exact sum never passes through a float.
 */
export function formatAzn(qepik: number, language: Language): string {
  const { group, decimal } = marks[language];
  const sign = qepik < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(qepik) / 100);
  const cents = Math.abs(qepik) % 100;
  return `${sign}${grouped(whole, group)}${decimal}${String(cents).padStart(2, '0')}\u00a0AZN`;
}
