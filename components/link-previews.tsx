'use client';

/**
 * Link previews, for every link to a claim, source, entity or report on any page: one set of
 * listeners on the document (event delegation), so no link is wrapped in a client component.
 * This part is all a page loads up front; the card, its positioning library and the preview data
 * are fetched the first time a preview is wanted (components/preview-card.tsx).
 *
 * - Mouse: the card opens after a short pause on a link, stays while the pointer is on the link
 *   or on the card (WCAG 1.4.13), and closes shortly after it leaves both.
 * - Keyboard: the card opens when a link receives keyboard focus and closes when focus leaves.
 * - Escape closes it, whichever opened it.
 * - Touch: no card; a tap follows the link as it always did.
 * - Screen readers: the card is the link's description (aria-describedby, role tooltip), read
 *   with the link when it is focused; nothing is announced on hover.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CollectionType } from '@/lib/model/collections';
import { type PreviewShards, previewTarget } from '@/lib/model/previews';

const PreviewCard = lazy(() => import('./preview-card'));

export interface PreviewRequest {
  /** An HTML link, or a node of a local graph (an SVG link). */
  link: HTMLAnchorElement | SVGAElement;
  type: CollectionType;
  id: string;
}

export const PREVIEW_CARD_ID = 'link-preview';
const SHOW_AFTER_MS = 300;
const HIDE_AFTER_MS = 200;

export function LinkPreviews({ shards }: { shards: PreviewShards }) {
  const [active, setActive] = useState<PreviewRequest | null>(null);
  const state = useRef<{ current: PreviewRequest | null; dismissed: Element | null; show?: number; hide?: number }>({
    current: null,
    dismissed: null,
  });

  useEffect(() => {
    const s = state.current;
    const clear = () => {
      window.clearTimeout(s.show);
      window.clearTimeout(s.hide);
    };
    const hide = () => {
      clear();
      const link = s.current?.link;
      if (link?.getAttribute('aria-describedby') === PREVIEW_CARD_ID) link.removeAttribute('aria-describedby');
      s.current = null;
      setActive(null);
    };
    const show = (request: PreviewRequest) => {
      clear();
      if (s.current?.link === request.link) return;
      hide();
      s.current = request;
      request.link.setAttribute('aria-describedby', PREVIEW_CARD_ID);
      setActive(request);
    };
    const requestFor = (node: EventTarget | null): PreviewRequest | undefined => {
      const link = node instanceof Element ? node.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement || link instanceof SVGAElement) || link.closest('[data-no-preview]'))
        return undefined;
      const url = new URL(link.getAttribute('href') ?? '', location.href);
      if (url.origin !== location.origin || url.pathname === location.pathname) return undefined;
      const target = previewTarget(url.pathname);
      return target ? { link, ...target } : undefined;
    };
    const inCard = (node: EventTarget | null) =>
      node instanceof Element && node.closest(`#${PREVIEW_CARD_ID}`) !== null;

    const onPointerOver = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      if (inCard(e.target)) {
        window.clearTimeout(s.hide);
        return;
      }
      const request = requestFor(e.target);
      if (!request || request.link === s.dismissed) return;
      window.clearTimeout(s.hide);
      if (s.current?.link === request.link) return;
      window.clearTimeout(s.show);
      s.show = window.setTimeout(() => show(request), SHOW_AFTER_MS);
    };
    const onPointerOut = (e: PointerEvent) => {
      if (e.pointerType === 'touch' || !(e.target instanceof Element)) return;
      const from = e.target.closest(`a[href], #${PREVIEW_CARD_ID}`);
      if (!from || (e.relatedTarget instanceof Node && from.contains(e.relatedTarget))) return;
      if (from === s.dismissed) s.dismissed = null;
      window.clearTimeout(s.show);
      // A link that also has keyboard focus keeps its card until focus moves.
      if (s.current && document.activeElement !== s.current.link) s.hide = window.setTimeout(hide, HIDE_AFTER_MS);
    };
    const onFocusIn = (e: FocusEvent) => {
      const request = requestFor(e.target);
      // A click or a tap focuses a link too: only keyboard focus (:focus-visible) opens a card.
      if (request && request.link.matches(':focus-visible')) show(request);
      else if (s.current) hide();
    };
    const onFocusOut = (e: FocusEvent) => {
      if (e.target === s.dismissed) s.dismissed = null;
      if (s.current && e.target === s.current.link) hide();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !s.current) return;
      s.dismissed = s.current.link;
      hide();
    };
    const onClick = () => {
      if (s.current) hide();
    };
    const listeners = [
      ['pointerover', onPointerOver],
      ['pointerout', onPointerOut],
      ['focusin', onFocusIn],
      ['focusout', onFocusOut],
      ['keydown', onKeyDown],
      ['click', onClick],
    ] as const;
    for (const [name, fn] of listeners) document.addEventListener(name, fn as EventListener);
    return () => {
      for (const [name, fn] of listeners) document.removeEventListener(name, fn as EventListener);
      clear();
    };
  }, []);

  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <PreviewCard key={`${active.type}/${active.id}`} request={active} shards={shards} id={PREVIEW_CARD_ID} />
    </Suspense>
  );
}
