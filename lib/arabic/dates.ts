const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** "الجمعة، ٢٧ نوفمبر ٢٠٢٦" */
export function formatGregorianDate(date: Date, timeZone: string): string {
  return formatter('ar-u-ca-gregory-nu-arab', { dateStyle: 'full', timeZone }).format(date);
}

/** "١٧ جمادى الآخرة ١٤٤٨ هـ" (Umm al-Qura calendar) */
export function formatHijriDate(date: Date, timeZone: string): string {
  return formatter('ar-u-ca-islamic-umalqura-nu-arab', { dateStyle: 'long', timeZone }).format(date);
}

/** "١١:١٠ م" */
export function formatTime(date: Date, timeZone: string): string {
  return formatter('ar-u-nu-arab', { timeStyle: 'short', timeZone }).format(date);
}

/** "٢٧ نوفمبر ٢٠٢٦" for lists. */
export function formatShortDate(date: Date, timeZone: string): string {
  return formatter('ar-u-ca-gregory-nu-arab', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

const relative = new Intl.RelativeTimeFormat('ar-u-nu-arab', { numeric: 'auto' });

/** "قبل ٣ ساعات", "أمس" */
export function formatRelative(date: Date, now = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return relative.format(seconds, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  if (abs < 365 * 86400) return relative.format(Math.round(seconds / (30 * 86400)), 'month');
  return relative.format(Math.round(seconds / (365 * 86400)), 'year');
}
