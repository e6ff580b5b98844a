/**
 * A static export: every page is prerendered at build time, so the site can be served by any
 * static host. `scripts/build.ts` sets CORROBORATE_EXPORT_DIR to a staging folder and swaps it
 * into `out/` only after the whole build has succeeded, so a failed build never leaves a
 * half-written site.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  distDir: process.env.CORROBORATE_EXPORT_DIR || 'out',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
