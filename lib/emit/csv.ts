/**
 * The CSV downloads (claims, evidence, sources, entities): UTF-8 without a byte-order mark,
 * RFC 4180 (CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled),
 * columns in the order lib/model/open-data.ts defines. A cell that begins with =, +, -, @, a tab
 * or a carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text instead
 * of running it as a formula (CSV injection); strip that apostrophe when you parse the file.
 */
import type { Corpus } from '../model/corpus';
import { type Column, CSV_FILES, DOWNLOADS, type EvidenceRow } from '../model/open-data';
import type { EmittedFile } from './emitter';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as written: neutralised against formulas, quoted where RFC 4180 requires. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The rows of each CSV file, in a stable order (ids ascending; evidence in each claim's order). */
export function csvRows(corpus: Corpus) {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const claims = byId(corpus.claims);
  return {
    claimsCsv: claims,
    evidenceCsv: claims.flatMap((claim) => claim.evidence.map((item, index): EvidenceRow => ({ claim, index, item }))),
    sourcesCsv: byId(corpus.sources),
    entitiesCsv: byId(corpus.entities),
  };
}

export function csvFiles(corpus: Corpus): EmittedFile[] {
  const rows = csvRows(corpus);
  return CSV_FILES.map(({ key, columns }) => ({
    path: DOWNLOADS[key].path,
    content: toCsv(columns as Column<unknown>[], rows[key] as unknown[]),
  }));
}
