// Chromium's and Electron's ICU data lack Azerbaijani: Intl falls back to English for `az`
// ("November 25, 2026" instead of "25 noyabr 2026"). The FormatJS polyfills are forced on, with
// data for our three languages, so dates, numbers and plurals are right in every language.
import '@formatjs/intl-getcanonicallocales/polyfill-force.js';
import '@formatjs/intl-locale/polyfill-force.js';
import '@formatjs/intl-pluralrules/polyfill-force.js';
import '@formatjs/intl-pluralrules/locale-data/az.js';
import '@formatjs/intl-pluralrules/locale-data/ru.js';
import '@formatjs/intl-pluralrules/locale-data/en.js';
import '@formatjs/intl-numberformat/polyfill-force.js';
import '@formatjs/intl-numberformat/locale-data/az.js';
import '@formatjs/intl-numberformat/locale-data/ru.js';
import '@formatjs/intl-numberformat/locale-data/en.js';
import '@formatjs/intl-datetimeformat/polyfill-force.js';
import '@formatjs/intl-datetimeformat/locale-data/az.js';
import '@formatjs/intl-datetimeformat/locale-data/ru.js';
import '@formatjs/intl-datetimeformat/locale-data/en.js';
import '@formatjs/intl-datetimeformat/add-golden-tz.js';

import { NATIVE_TIME_ZONE } from './native-time-zone';

type PolyfilledDateTimeFormat = { __setDefaultTimeZone?: (timeZone: string) => void };

try {
  (Intl.DateTimeFormat as unknown as PolyfilledDateTimeFormat).__setDefaultTimeZone?.(NATIVE_TIME_ZONE);
} catch {
  // A zone the golden data lacks: dates then show in Asia/Baku, the country's only zone.
  (Intl.DateTimeFormat as unknown as PolyfilledDateTimeFormat).__setDefaultTimeZone?.('Asia/Baku');
}
