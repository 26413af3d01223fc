// Arabic-Indic digits everywhere, fixed by the locale extension so server and browser agree.
const numberFormat = new Intl.NumberFormat('ar-u-nu-arab');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Reads Arabic-Indic or Latin digits back into a number (used by tests and forms). */
export function parseArabicNumber(text: string): number {
  const latin = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u066C,]/g, '');
  return Number.parseInt(latin.replace(/[^0-9-]/g, ''), 10);
}
