/**
 * URLs that read as one address and lead to another. Credentials before the host
 * (`https://www.un.org@evil.example/` goes to evil.example) are errors: the front-matter schema
 * refuses them (lib/model/schema.ts) and so does the body check (body.ts), with `credentialsIn`.
 * A host that mixes scripts (a Cyrillic "о" in "un.оrg", or a Cyrillic label before ".org") is a
 * warning, since a few real hosts are written so; a reviewer should look at it.
 */
import { domainToUnicode } from 'node:url';
import { scriptsOf } from '../model/patterns';

/** The user name (and password) written before the host, or null. */
export function credentialsIn(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return u.username || u.password ? decodeURIComponent(u.username + (u.password ? `:${u.password}` : '')) : null;
  } catch {
    return null;
  }
}

/** Why the host of `url` could pass for another, or null. Hosts are read in Unicode (punycode "xn--" labels decoded). */
export function deceptiveHost(url: string): string | null {
  let host: string;
  try {
    host = new URL(url.trim()).hostname;
  } catch {
    return null;
  }
  if (!/(^|\.)xn--/i.test(host)) return null;
  const shown = domainToUnicode(host);
  const scripts = scriptsOf(shown);
  if (scripts.size < 2) return null;
  return `the host "${shown}" mixes letters of different scripts (${[...scripts].join(' and ')}), so it can pass for another address: check that it is the publisher's real address and write it as the publisher does`;
}
