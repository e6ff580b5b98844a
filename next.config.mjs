import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/**
 * A static export: every page is prerendered at build time, so the site can be served by any
 * static host. With `output: 'export'`, `distDir` is where the exported site goes.
 * `scripts/build.ts` sets CORROBORATE_EXPORT_DIR to a staging folder and swaps it into `out/`
 * only after the whole build has succeeded, so a failed build never leaves a half-written site.
 * The dev server (`npm run dev`, or a bare `next dev`) keeps its files in `.next/`, away from
 * the exported site.
 */
export default function nextConfig(phase) {
  /** @type {import('next').NextConfig} */
  const config = {
    output: 'export',
    distDir: phase === PHASE_DEVELOPMENT_SERVER ? '.next' : process.env.CORROBORATE_EXPORT_DIR || 'out',
    trailingSlash: true,
    images: { unoptimized: true },
    reactStrictMode: true,
    poweredByHeader: false,
    turbopack: { root: import.meta.dirname },
  };
  return config;
}
