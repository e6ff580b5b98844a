/**
 * Copied text, detected. Every passage of text the knowledge base holds (each paragraph of a
 * full-text report, each quotation of a report annotated by reference) is cut into overlapping
 * runs of eight normalised words; a passage whose words fall, for the most part, in runs that
 * another report also contains reproduces that report. No network, no declared provenance: the
 * validator then compares what was found with what the reports declare.
 */

/** Words per shingle: shared runs shorter than this are not counted. */
export const RUN_WORDS = 8;
/** A passage reproduces another report when at least this share of its words sit in shared runs. */
export const REUSE_THRESHOLD = 0.5;

export interface Passage {
  /** Where the passage sits in its report: "paragraph 5", or an anchor's locator. */
  label: string;
  /** The paragraph number of a full-text report. */
  paragraph?: number;
  text: string;
}

export interface ReportText {
  id: string;
  passages: Passage[];
}

export interface Reuse {
  /** The report whose passage this is, and the passage. */
  report: string;
  passage: Passage;
  /** The other report, and which of its passages share the runs. */
  other: string;
  otherPassages: string[];
  /** Words of the passage, and how many sit in runs the other report shares. */
  words: number;
  shared: number;
  /** Character ranges of the passage's text in shared runs, [start, end). */
  runs: [number, number][];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words as compared: Unicode-normalised, lower-cased, accents and punctuation set aside. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const norm = m[0]
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/’/g, "'")
      .toLowerCase();
    out.push({ text: norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const shingle = (words: Word[], i: number) => words.slice(i, i + RUN_WORDS).map((w) => w.text).join(' ');

/** Every passage of every report that reproduces another report, with its shared runs. Symmetric: both sides are listed. */
export function detectReuse(reports: readonly ReportText[]): Reuse[] {
  // Shingle → the reports and passages it occurs in.
  const where = new Map<string, Map<string, Set<number>>>();
  const words = reports.map((r) => r.passages.map((p) => wordsOf(p.text)));
  reports.forEach((r, ri) => {
    words[ri]!.forEach((ws, pi) => {
      for (let i = 0; i + RUN_WORDS <= ws.length; i++) {
        const key = shingle(ws, i);
        let byReport = where.get(key);
        if (!byReport) where.set(key, (byReport = new Map()));
        let passages = byReport.get(r.id);
        if (!passages) byReport.set(r.id, (passages = new Set()));
        passages.add(pi);
      }
    });
  });

  const found: Reuse[] = [];
  reports.forEach((r, ri) => {
    words[ri]!.forEach((ws, pi) => {
      if (ws.length < RUN_WORDS) return;
      // For each other report: which words of this passage its shingles cover, and from which of its passages.
      const covered = new Map<string, { words: Uint8Array; passages: Set<number> }>();
      for (let i = 0; i + RUN_WORDS <= ws.length; i++) {
        for (const [other, passages] of where.get(shingle(ws, i)) ?? []) {
          if (other === r.id) continue;
          let c = covered.get(other);
          if (!c) covered.set(other, (c = { words: new Uint8Array(ws.length), passages: new Set() }));
          c.words.fill(1, i, i + RUN_WORDS);
          for (const p of passages) c.passages.add(p);
        }
      }
      for (const [other, c] of covered) {
        const shared = c.words.reduce((n, v) => n + v, 0);
        if (shared / ws.length < REUSE_THRESHOLD) continue;
        const runs: [number, number][] = [];
        for (let i = 0; i < ws.length; i++) {
          if (!c.words[i]) continue;
          let j = i;
          while (j + 1 < ws.length && c.words[j + 1]) j++;
          runs.push([ws[i]!.start, ws[j]!.end]);
          i = j;
        }
        const otherReport = reports.find((x) => x.id === other)!;
        found.push({
          report: r.id,
          passage: r.passages[pi]!,
          other,
          otherPassages: [...c.passages].sort((a, b) => a - b).map((p) => otherReport.passages[p]!.label),
          words: ws.length,
          shared,
          runs,
        });
      }
    });
  });
  return found;
}

/** The passages of a report: its paragraphs when we hold its text, its anchored quotations otherwise. */
export function passagesOf(report: { text: 'full' | 'reference'; anchors: readonly { quote: string; locator: string }[] }, paragraphs: readonly string[]): Passage[] {
  if (report.text === 'reference') return report.anchors.map((a) => ({ label: a.locator, text: a.quote }));
  return paragraphs.map((text, i) => ({ label: `paragraph ${i + 1}`, paragraph: i + 1, text }));
}
