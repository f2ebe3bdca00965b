// A modal dialog: role="dialog" + aria-modal, focus moves in on open and back on close, Tab stays
// inside, Escape closes. (jsdom lacks <dialog>.showModal, and this behaves the same in both browsers.)
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ComponentChildren;
  /** Extra class for sizing (e.g. 'dialog--wide'). */
  class?: string;
  closeLabel: string;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

let counter = 0;

export function Dialog({ title, onClose, children, class: extra, closeLabel }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useRef(`dialog-title-${++counter}`).current;
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const firstItem = items[0];
    const lastItem = items[items.length - 1];
    if (!firstItem || !lastItem) return;
    if (event.shiftKey && document.activeElement === firstItem) {
      event.preventDefault();
      lastItem.focus();
    } else if (!event.shiftKey && document.activeElement === lastItem) {
      event.preventDefault();
      firstItem.focus();
    }
  };

  return (
    <div class="dialog-backdrop">
      <div ref={ref} class={`dialog ${extra ?? ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <header class="dialog__header">
          <h2 id={titleId} class="dialog__title">
            {title}
          </h2>
          <button type="button" class="button button--quiet dialog__close" aria-label={closeLabel} onClick={() => onCloseRef.current()}>
            ×
          </button>
        </header>
        <div class="dialog__body">{children}</div>
      </div>
    </div>
  );
}
