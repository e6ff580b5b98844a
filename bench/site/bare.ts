/**
 * The floor of what the framework costs: a minimal Next.js static export of the same claim pages
 * (one dynamic route showing the claim's title, statement and MDX body through
 * next-mdx-remote/rsc, nothing else), built by the same Next version from the same files.
 */
import fs from 'node:fs';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }),
  'next.config.mjs': `export default { output: 'export', trailingSlash: true, images: { unoptimized: true }, turbopack: { root: import.meta.dirname } };\n`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'ES2023'],
      strict: true,
      noEmit: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      skipLibCheck: true,
      isolatedModules: true,
      esModuleInterop: true,
      incremental: true,
      plugins: [{ name: 'next' }],
    },
    include: ['**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  }),
  'app/layout.tsx': `import type { ReactNode } from 'react';\nexport default function Layout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  'app/claims/[id]/page.tsx': `import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { MDXRemote } from 'next-mdx-remote/rsc';

export const dynamicParams = false;
const dir = path.join(process.env.BARE_CONTENT_DIR ?? 'content', 'claims');

export function generateStaticParams() {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => ({ id: f.slice(0, -4) }));
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data, content } = matter(fs.readFileSync(path.join(dir, id + '.mdx'), 'utf8'));
  return (
    <article>
      <h1>{data.title}</h1>
      <p>{data.statement}</p>
      <MDXRemote source={content} />
    </article>
  );
}
`,
};

/** Writes the baseline project into `dir` (node_modules is the caller's to provide). */
export function writeBareProject(dir: string): void {
  for (const [rel, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}
