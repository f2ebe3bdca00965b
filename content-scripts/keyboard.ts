// The keyboard path to the flags, since Sanad adds nothing focusable to the page: Alt+Shift+N
// moves to the next flag, Alt+Shift+P to the previous one (scrolls it into view and opens its
// tooltip); Escape closes the tooltip. Matched on event.code so it works in an Arabic layout;
// only trusted events; never inside a field the user is typing in; Escape is left to the page too.

export interface KeyboardOptions {
  win: Window;
  onNext: () => boolean;
  onPrevious: () => boolean;
  onEscape: () => boolean;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]') !== null;
}

export function trackKeyboard(o: KeyboardOptions): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      o.onEscape();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
    if (typingIn(e.target)) return;
    const handled = e.code === 'KeyN' ? o.onNext() : o.onPrevious();
    if (handled) e.preventDefault();
  };
  o.win.addEventListener('keydown', onKey, { capture: true });
  return () => o.win.removeEventListener('keydown', onKey, { capture: true });
}
