// Renders the Tooltip's Preact vnodes into DOM once, statically, with an allowlist of tags and
// attributes. Why not preact.render(): the tooltip is static (no state, no events), and Preact's
// diff contains the `innerHTML = __html` path of dangerouslySetInnerHTML, which addons-linter
// flags (UNSAFE_VAR_ASSIGNMENT) and which a content script on hostile pages never needs. Here
// every string becomes a Text node; an attribute outside the allowlist (on*, style, src, …) and
// dangerouslySetInnerHTML are dropped; href is kept only for http(s) URLs.
import type { ComponentChildren, VNode } from 'preact';

const TAGS = new Set(['div', 'span', 'section', 'h2', 'p', 'a', 'blockquote', 'bdi', 'button']);
const ATTRS = new Set(['class', 'dir', 'lang', 'href', 'target', 'rel', 'role', 'type', 'data-action']);

function httpOnly(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function append(doc: Document, parent: Node, child: ComponentChildren, depth: number): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (depth > 32) return;
  if (typeof child === 'string' || typeof child === 'number' || typeof child === 'bigint') {
    parent.appendChild(doc.createTextNode(String(child)));
    return;
  }
  if (Array.isArray(child)) {
    for (let i = 0; i < child.length; i++) append(doc, parent, child[i] as ComponentChildren, depth + 1);
    return;
  }
  const vnode = child as VNode<Record<string, unknown>>;
  if (typeof vnode !== 'object' || !('type' in vnode)) return;
  const props = (vnode.props ?? {}) as Record<string, unknown>;
  if (typeof vnode.type === 'function') {
    // Components and Fragment: call with props (function components only; the tooltip has no class components).
    const out = (vnode.type as (p: unknown) => ComponentChildren)(props);
    append(doc, parent, out, depth + 1);
    return;
  }
  if (typeof vnode.type !== 'string' || !TAGS.has(vnode.type)) return;
  const el = doc.createElement(vnode.type);
  for (const key of Object.keys(props)) {
    if (!ATTRS.has(key)) continue;
    const value = props[key];
    if (value === null || value === undefined || value === false) continue;
    const text = String(value);
    if (key === 'href' && !httpOnly(text)) continue;
    el.setAttribute(key, text);
  }
  append(doc, el, props.children as ComponentChildren, depth + 1);
  parent.appendChild(el);
}

/** Replaces the children of `container` with the rendered vnode tree. */
export function renderStatic(doc: Document, container: Element, vnode: ComponentChildren): void {
  while (container.firstChild) container.removeChild(container.firstChild);
  append(doc, container, vnode, 0);
}
