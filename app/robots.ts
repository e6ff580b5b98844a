import type { MetadataRoute } from 'next';
import { SITE } from '@/lib/model/site';

export const dynamic = 'force-static';

/** /robots.txt: everything may be crawled; the sitemap is named only when its address is absolute (SITE_URL). */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, ...(SITE.url ? { sitemap: `${SITE.url}/sitemap.xml` } : {}) };
}
