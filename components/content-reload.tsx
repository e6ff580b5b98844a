'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** One event stream per page load, kept when an error page replaces the layout that opened it. */
let events: EventSource | undefined;
let refresh: (() => void) | undefined;

/**
 * Development only: re-renders the page when a file under content/ changes. `npm run dev`
 * (scripts/dev.ts) serves the event stream at `url`; the layout renders this only then. When a
 * content error has replaced the page, the next change reloads it in full.
 */
export function ContentReload({ url }: { url: string }) {
  const router = useRouter();
  useEffect(() => {
    refresh = () => router.refresh();
    events ??= new EventSource(url);
    events.onmessage = () => (refresh ? refresh() : window.location.reload());
    return () => {
      refresh = undefined;
    };
  }, [router, url]);
  return null;
}
