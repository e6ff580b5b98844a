/**
 * The import boundaries of docs/architecture.md are lint rules (eslint.config.mjs). These tests
 * prove each rule is on: every forbidden import below must be reported, and an allowed one not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, importLine: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${importLine}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['a component imports the content layer', 'components/x.tsx', "import { x } from '@/lib/content/store';"],
    ['a component imports git facts', 'components/x.tsx', "import { x } from '@/lib/content/git';"],
    ['a component runs processes', 'components/x.tsx', "import x from 'node:child_process';"],
    ['a component reads files', 'components/x.tsx', "import x from 'node:fs';"],
    ['the content layer imports a page', 'lib/content/x.ts', "import x from '@/app/page';"],
    ['the content layer imports a component', 'lib/content/x.ts', "import { x } from '../../components/ui';"],
    ['search imports a page', 'lib/search/x.ts', "import x from '@/app/search/page';"],
    ['search reads the content layer', 'lib/search/x.ts', "import { x } from '@/lib/content/store';"],
    ['lib imports the benchmarks', 'lib/search/x.test.ts', "import { x } from '@/bench/search/corpus';"],
    ['the model imports the content layer', 'lib/model/x.ts', "import { x } from '../content/load';"],
    ['the model imports Node', 'lib/model/x.ts', "import x from 'node:fs';"],
    ['a page uses client-side navigation', 'app/x/page.tsx', "import Link from 'next/link';"],
    ['a component uses client-side navigation', 'components/x.tsx', "import Link from 'next/link';"],
  ])('reports: %s', async (_name, file, line) => {
    expect(await restricted(file, line)).toBe(true);
  });

  it.each([
    ['a page imports the content layer', 'app/x/page.tsx', "import { x } from '@/lib/content/store';"],
    ['a component imports the model', 'components/x.tsx', "import { x } from '@/lib/model/scales';"],
    ['search imports the model', 'lib/search/x.ts', "import { x } from '@/lib/model/collections';"],
    ['an emitter imports search', 'lib/emit/x.ts', "import { x } from '../search/build';"],
  ])('allows: %s', async (_name, file, line) => {
    expect(await restricted(file, line)).toBe(false);
  });
});
