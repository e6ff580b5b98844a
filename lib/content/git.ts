/**
 * What git knows about the file behind each page, read at build time and never in the browser:
 * when the file last changed, and how a claim's assessment changed from commit to commit.
 *
 * However many pages ask, a handful of git processes serve them all: one `git log` lists every
 * commit of the first-parent line (what landed on the branch) with the files it touched,
 * renames included, and one `git cat-file --batch` per folder reads every past version of that
 * folder's files at once. Both are memoised for the life of the process.
 *
 * Where git cannot answer, pages still build: without git or a repository (a tarball), and for
 * files git has no record of (not committed yet), the date falls back to the file's modification
 * time and the history is empty. In a shallow clone, whatever happened before the oldest commit
 * present is unknown: a date there reads "on or before", and histories say they are incomplete.
 *
 * Commit subjects are anybody's text: they are never parsed for structure. Shas and times are read
 * from output where a subject cannot appear, and each is checked (40 hex digits, a whole number
 * of seconds) before it is used. Subjects are shown with their control, bidi and invisible
 * characters replaced (shownSubject).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AssessmentChange, AssessmentHistory, AssessmentState, LastChanged } from '../model/corpus';
import { showInvisible } from '../model/patterns';
import { ASSESSMENT, CONFIDENCE, LIKELIHOOD } from '../model/scales';
import { parseContentFile } from './frontmatter';
import type { Facts } from './link';

export interface GitHistory {
  /** When `file` (relative to the root) last changed; null if the file does not exist and git has no record of it. */
  lastChanged(file: string): LastChanged | null;
  /** Every committed change of the assessment of the claim in `file`, following renames. */
  assessmentHistory(file: string): AssessmentHistory;
}

interface Commit {
  sha: string;
  date: string;
  subject: string;
  /** The oldest commit of a shallow clone: it appears to add every file. */
  boundary: boolean;
}

interface Touch {
  /** Index into `commits` (newest first, so a larger index is older). */
  commit: number;
  /** First letter of git's status: A, M, D, R (renamed from `from`), T. */
  status: string;
  from?: string;
}

interface Index {
  /** The repository's top folder. */
  top: string;
  commits: Commit[];
  /** Repository-relative path → the commits that touched it, newest first. */
  touches: Map<string, Touch[]>;
}

const MAX_OUTPUT = 512 * 1024 * 1024;

/** Runs git; null when git is missing or fails (no repository, no commits, unsafe ownership…). */
function git(cwd: string, args: string[], input?: string): Buffer | null {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** Subjects longer than this are cut (a commit subject is one line). */
const MAX_SUBJECT = 200;
/**
 * A subject as readers see it: cut to one line's length, and with control characters, bidi
 * controls and invisible characters shown as "\uFFFD", so that no subject can reorder or hide
 * the words of the history it stands in.
 */
const shownSubject = (subject: string) => showInvisible([...subject].length > MAX_SUBJECT ? `${[...subject].slice(0, MAX_SUBJECT - 1).join('')}…` : subject);

const isoDate = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().slice(0, 10);

function readIndex(root: string): Index | null {
  const located = git(root, ['rev-parse', '--show-toplevel', '--git-path', 'shallow'])?.toString('utf8').split('\n');
  if (!located?.[0] || !located[1]) return null;
  const top = located[0];
  const shallowFile = path.resolve(root, located[1]);
  const boundaries = new Set(fs.existsSync(shallowFile) ? fs.readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : []);

  const index: Index = { top, commits: [], touches: new Map() };
  // Subjects in one listing, a NUL after each commit: %s joins the subject's lines with spaces, the
  // subject comes last so nothing in it can shift the fields before it, and a sha is taken once.
  const listing = git(top, ['log', '--first-parent', '-z', '--format=%H %ct %s', 'HEAD'])?.toString('utf8');
  // Files in another, with no subject in it at all. -m with --first-parent lists a merge's changes
  // against the branch it landed on.
  const changes = git(top, ['log', '--first-parent', '-m', '-M', '--name-status', '-z', '--format=%H', 'HEAD'])?.toString('utf8');
  if (!listing || !changes) return index;
  const number = new Map<string, number>();
  for (const record of listing.split('\0')) {
    const match = /^([0-9a-f]{40}) (\d{1,12}) (.*)$/s.exec(record);
    if (!match || number.has(match[1]!)) continue;
    number.set(match[1]!, index.commits.push({ sha: match[1]!, date: isoDate(Number(match[2])), subject: shownSubject(match[3]!), boundary: boundaries.has(match[1]!) }) - 1);
  }
  // Tokens: a sha starts a commit; then status, path (and for renames and copies a second path).
  let commit = -1;
  const tokens = changes.split('\0');
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i++]!.replace(/^\n/, '');
    if (/^[0-9a-f]{40}$/.test(token)) {
      commit = number.get(token) ?? -1;
      continue;
    }
    const status = /^[ACDMRTUX]/.exec(token)?.[0];
    if (!status) continue;
    const from = status === 'R' || status === 'C' ? tokens[i++] : undefined;
    const file = tokens[i++];
    if (!file || commit < 0) continue;
    const list = index.touches.get(file) ?? [];
    list.push({ commit, status, ...(status === 'R' && from ? { from } : {}) });
    index.touches.set(file, list);
  }
  return index;
}

/** The committed versions of a file, newest first, following renames back to its creation. */
function versionsOf(index: Index, file: string): { commit: number; path: string }[] {
  const out: { commit: number; path: string }[] = [];
  let current: string | undefined = file;
  let newerThan = -1;
  while (current) {
    const at: string = current;
    current = undefined;
    for (const touch of index.touches.get(at) ?? []) {
      if (touch.commit <= newerThan) continue;
      if (touch.status === 'D') break;
      out.push({ commit: touch.commit, path: at });
      if (touch.status === 'A') break;
      if (touch.status === 'R') {
        current = touch.from;
        newerThan = touch.commit;
        break;
      }
    }
  }
  return out;
}

const oneOf = <T extends string>(ids: readonly T[], value: unknown): value is T => typeof value === 'string' && (ids as readonly string[]).includes(value);

/** The assessment a past version of a claim recorded, or null if that version could not be read. */
function stateOf(file: string, text: string): AssessmentState | null {
  const { data } = parseContentFile(file, text);
  if (!data || typeof data !== 'object') return null;
  const { assessment, likelihood, confidence } = data as Record<string, unknown>;
  if (!oneOf(ASSESSMENT.ids, assessment) || !oneOf(CONFIDENCE.ids, confidence)) return null;
  if (likelihood === undefined) return { assessment, confidence };
  return oneOf(LIKELIHOOD.ids, likelihood) ? { assessment, likelihood, confidence } : null;
}

const sameState = (a: AssessmentState, b: AssessmentState) => a.assessment === b.assessment && a.likelihood === b.likelihood && a.confidence === b.confidence;

/** Reads many `commit:path` blobs with one git process. */
function readBlobs(top: string, specs: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (!specs.length) return texts;
  const out = git(top, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  if (!out) return texts;
  let pos = 0;
  for (const spec of specs) {
    const newline = out.indexOf(10, pos);
    if (newline < 0) break;
    const header = /^[0-9a-f]+ blob (\d+)$/.exec(out.toString('utf8', pos, newline));
    pos = newline + 1;
    if (!header) continue;
    const size = Number(header[1]);
    texts.set(spec, out.toString('utf8', pos, pos + size));
    pos += size + 1;
  }
  return texts;
}

/** Git-derived dates and histories for the files under `root` (a working tree, or any folder inside one). */
export function createGitHistory(root: string): GitHistory {
  let index: Index | null | undefined;
  const getIndex = () => (index === undefined ? (index = readIndex(root)) : index);
  /** Folder → the text of every past version of its files, keyed `commit:path`. */
  const blobsByFolder = new Map<string, Map<string, string>>();

  const repoPath = (idx: Index, file: string) => path.relative(idx.top, path.resolve(root, file)).split(path.sep).join('/');

  /** Pages ask one claim at a time; read the versions of every file in its folder in one go. */
  const blobsFor = (idx: Index, file: string) => {
    const folder = path.posix.dirname(file);
    let blobs = blobsByFolder.get(folder);
    if (!blobs) {
      const specs: string[] = [];
      for (const [candidate, touches] of idx.touches) {
        if (path.posix.dirname(candidate) !== folder || touches[0]?.status === 'D') continue;
        for (const v of versionsOf(idx, candidate)) specs.push(`${idx.commits[v.commit]!.sha}:${v.path}`);
      }
      blobs = readBlobs(idx.top, specs);
      blobsByFolder.set(folder, blobs);
    }
    return blobs;
  };

  return {
    lastChanged(file) {
      const idx = getIndex();
      const latest = idx?.touches.get(repoPath(idx, file))?.[0];
      if (idx && latest && latest.status !== 'D') {
        const commit = idx.commits[latest.commit]!;
        return { date: commit.date, source: commit.boundary ? 'shallow' : 'git' };
      }
      const stat = fs.statSync(path.resolve(root, file), { throwIfNoEntry: false });
      return stat ? { date: stat.mtime.toISOString().slice(0, 10), source: 'file' } : null;
    },

    assessmentHistory(file) {
      const idx = getIndex();
      if (!idx) return { changes: [], complete: false };
      const rel = repoPath(idx, file);
      const versions = versionsOf(idx, rel).reverse();
      const blobs = blobsFor(idx, rel);
      const changes: AssessmentChange[] = [];
      let previous: AssessmentState | null = null;
      for (const v of versions) {
        const commit = idx.commits[v.commit]!;
        const text = blobs.get(`${commit.sha}:${v.path}`);
        const state = text === undefined ? null : stateOf(v.path, text);
        if (!state || (previous && sameState(previous, state))) continue;
        changes.push({ date: commit.date, commit: commit.sha, subject: commit.subject, from: previous, to: state });
        previous = state;
      }
      const oldest = versions[0];
      return { changes, complete: oldest !== undefined && !idx.commits[oldest.commit]!.boundary };
    },
  };
}

/** Git facts for the content layer: last-changed dates and assessment histories of files under `root`. */
export function gitFacts(root: string): Facts {
  const history = createGitHistory(root);
  return { lastChanged: (file) => history.lastChanged(file), history: (file) => history.assessmentHistory(file) };
}
