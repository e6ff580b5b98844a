import type { MetadataRoute } from 'next';
import { getCorpus } from '@/lib/content/store';
import { absoluteUrl } from '@/lib/model/site';
import { sitemapPages } from '@/lib/model/structured-data';

/** Written once at build time (a static export has no server). */
export const dynamic = 'force-static';

/**
 * /sitemap.xml: every page, with when it last changed (git). Without SITE_URL each <loc> is a
 * site path, and the build adds a comment saying so (lib/emit/site-identity.ts).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPages(getCorpus()).map((p) => ({
    url: absoluteUrl(p.path),
    ...(p.lastModified ? { lastModified: p.lastModified } : {}),
  }));
}
