'use client';

import { useRef, useState } from 'react';

/**
 * Copies the text of the element `target` (an id) to the clipboard. A real button: Tab reaches it,
 * Enter and Space press it; the result is announced in a polite live region. The text itself is
 * on the page, so it can always be selected and copied by hand.
 */
export function CopyButton({ target, label }: { target: string; label: string }) {
  const [said, setSaid] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const copy = async () => {
    const text = document.getElementById(target)?.textContent ?? '';
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    setSaid(ok ? `${label} copied` : 'Copying failed: select the text and copy it');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setSaid(''), 4000);
  };
  return (
    <>
      <button type="button" onClick={copy} className="btn-sm">
        Copy<span className="sr-only"> {label}</span>
      </button>
      <span role="status" className="ml-2 text-xs subtle">
        {said}
      </span>
    </>
  );
}
