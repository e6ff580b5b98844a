/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats YYYY, YYYY-MM or YYYY-MM-DD for readers ("17 November 2021", "July 2022", "2015"). */
export function formatDate(value: string | undefined): string {
  if (!value) return 'date unknown';
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatAsOf(value: string | { from: string; to: string }): string {
  return typeof value === 'string' ? formatDate(value) : `${formatDate(value.from)} – ${formatDate(value.to)}`;
}

/** A whole number with thousands separated: "10,000". */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A short description for metadata: first sentence-ish slice of text. */
export function excerpt(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
