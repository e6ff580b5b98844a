/**
 * Supply chain, checked offline (issue 16): `npm audit` needs the registry's audit endpoint, which
 * this project's machines cannot reach, so .ci/run can only say it did not run. What can be checked
 * without a network is checked here, on every `npm test`:
 * - every package in package-lock.json carries an sha512 integrity hash (npm refuses a tarball that
 *   does not match it), and comes from the npm registry: a `resolved` URL, when the lockfile has one
 *   (these machines write lockfiles without them), is a tarball on https://registry.npmjs.org/;
 *   nothing is fetched from git, a file, a link or another host;
 * - every dependency in package.json is pinned to an exact version;
 * - every package with an install script has a decision in `allowScripts`, so that decision is
 *   made here and reviewed, not taken by default (and `npm install` has nothing to warn about).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  inBundle?: boolean;
  hasInstallScript?: boolean;
  name?: string;
}

const REGISTRY = 'https://registry.npmjs.org/';
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

type Lock = { lockfileVersion: number; packages: Record<string, LockEntry> };
const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.resolve('package-lock.json'), 'utf8')) as Lock;
const entriesOf = (l: Lock) => Object.entries(l.packages).filter(([key]) => key !== '');
const entries = entriesOf(lock);

/** `node_modules/@scope/name` or `node_modules/a/node_modules/b` → the package's name. */
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** The package whose tarball holds a bundled one: the nearest enclosing node_modules entry. */
const bundlerOf = (key: string) => key.slice(0, key.lastIndexOf('/node_modules/'));

/** Packages without an sha512 integrity hash (a bundled one is covered by its parent's tarball). */
function withoutIntegrity(l: Lock): string[] {
  return entriesOf(l)
    .filter(
      ([key, entry]) =>
        !/^sha512-[A-Za-z0-9+/]{86}==$/.test((entry.inBundle ? l.packages[bundlerOf(key)] : entry)?.integrity ?? ''),
    )
    .map(([key]) => key);
}

/** Packages that would not come from the npm registry as a published version. */
function fromOutsideTheRegistry(l: Lock): string[] {
  const outside: string[] = [];
  for (const [key, entry] of entriesOf(l)) {
    if (entry.link) outside.push(`${key}: a link to ${entry.resolved}`);
    if (!EXACT.test(entry.version ?? '')) outside.push(`${key}: version "${entry.version}" is not a registry version`);
    if (entry.resolved === undefined) continue;
    const name = entry.name ?? nameOf(key);
    if (entry.resolved !== `${REGISTRY}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`)
      outside.push(`${key}: resolved from ${entry.resolved}`);
  }
  return outside;
}

describe('package-lock.json', () => {
  it('is a lockfile npm ci can install exactly (version 3, every package listed)', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('has an sha512 integrity hash for every package', () => {
    expect(withoutIntegrity(lock)).toEqual([]);
  });

  it('fetches every package from the npm registry: no git, file, link, http or other-host sources', () => {
    expect(fromOutsideTheRegistry(lock)).toEqual([]);
  });

  it('agrees with package.json', () => {
    const root = lock.packages[''] as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });

  it('the checks catch what they are for', () => {
    const integrity = `sha512-${'A'.repeat(86)}==`;
    const bad: Lock = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/ok': { version: '1.0.0', integrity },
        'node_modules/@s/ok': { version: '2.0.0', integrity, resolved: `${REGISTRY}@s/ok/-/ok-2.0.0.tgz` },
        'node_modules/no-hash': { version: '1.0.0' },
        'node_modules/sha1': { version: '1.0.0', integrity: 'sha1-AAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
        'node_modules/ok/node_modules/bundled': { version: '1.0.0', inBundle: true },
        'node_modules/from-git': { version: '1.0.0', integrity, resolved: 'git+ssh://git@github.com/a/b.git#0123456' },
        'node_modules/from-http': {
          version: '1.0.0',
          integrity,
          resolved: 'http://registry.npmjs.org/from-http/-/from-http-1.0.0.tgz',
        },
        'node_modules/other-host': {
          version: '1.0.0',
          integrity,
          resolved: 'https://registry.npmjs.org.evil.example/other-host/-/other-host-1.0.0.tgz',
        },
        'node_modules/from-file': { version: 'file:../x', integrity, resolved: 'file:../x' },
        'node_modules/linked': { version: '1.0.0', integrity, link: true, resolved: '../linked' },
      },
    };
    expect(withoutIntegrity(bad)).toEqual(['node_modules/no-hash', 'node_modules/sha1']);
    expect(fromOutsideTheRegistry(bad).map((p) => p.split(':')[0])).toEqual([
      'node_modules/from-git',
      'node_modules/from-http',
      'node_modules/other-host',
      'node_modules/from-file',
      'node_modules/from-file',
      'node_modules/linked',
      'node_modules/linked',
    ]);
  });
});

describe('package.json', () => {
  it('pins every dependency and override to an exact registry version', () => {
    const loose: string[] = [];
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'overrides']) {
      for (const [name, spec] of Object.entries((pkg[field] ?? {}) as Record<string, unknown>)) {
        if (typeof spec !== 'string' || !EXACT.test(spec)) loose.push(`${field}.${name}: ${JSON.stringify(spec)}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('decides, in allowScripts, for every package in the lockfile that has an install script', () => {
    const allow = (pkg.allowScripts ?? {}) as Record<string, boolean>;
    const decided = (name: string, version?: string) =>
      typeof allow[name] === 'boolean' || typeof allow[`${name}@${version}`] === 'boolean';
    const undecided = entries
      .filter(([, e]) => e.hasInstallScript)
      .map(([key, e]) => `${nameOf(key)}@${e.version}`)
      .filter((id) => !decided(id.slice(0, id.lastIndexOf('@')), id.slice(id.lastIndexOf('@') + 1)));
    expect(undecided).toEqual([]);
    // And nothing is allowed that is not there: a stale approval would silently cover a future package.
    const installed = new Set(
      entries.filter(([, e]) => e.hasInstallScript).flatMap(([key, e]) => [nameOf(key), `${nameOf(key)}@${e.version}`]),
    );
    expect(Object.keys(allow).filter((k) => !installed.has(k))).toEqual([]);
  });
});
