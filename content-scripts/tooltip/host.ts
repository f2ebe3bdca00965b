// The ONE node Sanad adds to a page: a host element on <html> (outside <body>, so the page's
// framework never sees it in its tree) with a CLOSED shadow root, so the page can neither restyle
// the tooltip nor read the user's corpus out of it. Styles come from a constructed sheet
// (adoptedStyleSheets); if that is refused, the essentials are set as CSSOM style properties
// (allowed under a strict CSP, unlike <style> text or style="" strings). Created lazily: a page
// without flags is never touched.
import { h } from 'preact';
import { place, type Box } from './position';
import { renderStatic } from './static-render';
import { TOOLTIP_CSS } from './styles';
import { Tooltip, type TooltipProps } from './Tooltip';

/** Marks the host so tests and the e2e harness can find it; carries no state. */
export const HOST_ATTR = 'data-sanad-host';

export interface HostEvents {
  /** The pointer entered / left the tooltip (hover keeps it open). */
  onEnter?(): void;
  onLeave?(): void;
  /** A trusted click on the tooltip's "open the source in Sanad" button. */
  onOpenSource?(): void;
}

function adoptSheet(root: ShadowRoot): boolean {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

/** Without the sheet: enough inline CSSOM for a readable, well-placed box. */
function fallbackStyles(host: HTMLElement, box: HTMLElement): void {
  const hs = host.style;
  hs.setProperty('all', 'initial', 'important');
  hs.setProperty('position', 'fixed', 'important');
  hs.setProperty('top', '0', 'important');
  hs.setProperty('left', '0', 'important');
  hs.setProperty('z-index', '2147483647', 'important');
  const s = box.style;
  s.position = 'fixed';
  s.zIndex = '2147483647';
  s.maxWidth = '360px';
  s.maxHeight = '60vh';
  s.overflow = 'auto';
  s.boxSizing = 'border-box';
  s.padding = '10px 12px';
  s.background = '#ffffff';
  s.color = '#1b1b1b';
  s.border = '1px solid #c9c9c9';
  s.borderRadius = '8px';
  s.font = '14px/1.5 system-ui, "Noto Naskh Arabic", "Geeza Pro", Tahoma, sans-serif';
}

export class TooltipHost {
  private host: HTMLElement | null = null;
  private box: HTMLDivElement | null = null;
  private shown = false;

  constructor(
    private readonly doc: Document,
    private readonly events: HostEvents = {},
  ) {}

  /** Creates the host on first use and puts it back if the page removed or moved it (H19). */
  private ensure(): HTMLDivElement {
    const doc = this.doc;
    if (!this.host || !this.box) {
      const host = doc.createElement('div');
      host.setAttribute(HOST_ATTR, '');
      const root = host.attachShadow({ mode: 'closed' });
      const box = doc.createElement('div');
      box.className = 'box';
      box.setAttribute('role', 'tooltip');
      box.setAttribute('aria-live', 'polite');
      box.hidden = true;
      if (!adoptSheet(root)) fallbackStyles(host, box);
      box.addEventListener('pointerenter', (e) => {
        if (e.isTrusted) this.events.onEnter?.();
      });
      box.addEventListener('pointerleave', (e) => {
        if (e.isTrusted) this.events.onLeave?.();
      });
      // The only action in the tooltip: a trusted click on "open the source in Sanad".
      box.addEventListener('click', (e) => {
        const target = e.target as Element | null;
        if (e.isTrusted && target?.closest?.('[data-action="open-source"]')) this.events.onOpenSource?.();
      });
      root.appendChild(box);
      this.host = host;
      this.box = box;
    }
    if (this.host.parentNode !== doc.documentElement) doc.documentElement.appendChild(this.host);
    return this.box;
  }

  isShown(): boolean {
    return this.shown;
  }

  /** Is this node Sanad's host (or inside it)? */
  owns(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  show(props: TooltipProps, anchor: Box): void {
    const box = this.ensure();
    renderStatic(this.doc, box, h(Tooltip, props));
    box.hidden = false;
    this.shown = true;
    this.position(anchor, props.lang === 'ar');
  }

  /** Re-places the open tooltip next to a (moved) anchor. */
  position(anchor: Box, rtl: boolean): void {
    const box = this.box;
    if (!box || !this.shown) return;
    const view = this.doc.defaultView;
    const rect = box.getBoundingClientRect();
    const at = place(
      anchor,
      { width: rect.width || 320, height: rect.height || 160 },
      { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 },
      rtl,
    );
    box.style.top = `${at.top}px`;
    box.style.left = `${at.left}px`;
  }

  hide(): void {
    if (!this.box || !this.shown) return;
    renderStatic(this.doc, this.box, null);
    this.box.hidden = true;
    this.shown = false;
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
    this.shown = false;
  }
}
