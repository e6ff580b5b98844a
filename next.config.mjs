import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/**
 * A static export: every page is prerendered at build time, so the site can be served by any
 * static host. With `output: 'export'`, `distDir` is where the exported site goes.
 * `scripts/build.ts` sets CORROBORATE_EXPORT_DIR to a staging folder and swaps it into `out/`
 * only after the whole build has succeeded, so a failed build never leaves a half-written site.
 * The dev server (`npm run dev`, or a bare `next dev`) keeps its files in `.next/`, away from
 * the exported site, and is not an export (so it may pass requests on, below).
 */
export default function nextConfig(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  /** @type {import('next').NextConfig} */
  const config = {
    ...(dev ? {} : { output: 'export' }),
    distDir: dev ? '.next' : process.env.CORROBORATE_EXPORT_DIR || 'out',
    trailingSlash: true,
    images: { unoptimized: true },
    reactStrictMode: true,
    poweredByHeader: false,
    // Types are checked once, by `npm run lint` (tsc --noEmit), which `npm test` and CI run first;
    // checking them again inside every build cost 9 s and 470 MB at 10,000 claims (docs/scaling.md).
    typescript: { ignoreBuildErrors: true },
    turbopack: { root: import.meta.dirname },
    // scripts/build.ts derives the build id from the content and code, so that builds of the same
    // input (and the shards of one build, on different machines) write the same bytes.
    generateBuildId: async () => process.env.CORROBORATE_BUILD_ID || null,
  };
  // In development, the files the build's emitters write (search index, schemas…) come from the
  // server scripts/dev.ts runs: any path with no page of its own is passed there.
  const files = process.env.CORROBORATE_DEV_FILES;
  if (dev && files)
    config.rewrites = async () => ({
      beforeFiles: [],
      afterFiles: [],
      fallback: [{ source: '/:path*', destination: `${files}/:path*` }],
    });
  return config;
}
