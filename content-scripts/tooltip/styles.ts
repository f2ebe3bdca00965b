// The tooltip's stylesheet, adopted by the closed shadow root (a constructed sheet: no <style>
// text that a strict CSP could block). `:host` resets everything the page may throw at the host
// (RELIABILITY H08: `* { all: unset !important }`); inside the shadow root the page's CSS does not apply.
export const TOOLTIP_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  filter: none !important;
  transform: none !important;
}
.box {
  position: fixed;
  z-index: 2147483647;
  pointer-events: auto;
  box-sizing: border-box;
  max-width: 360px;
  min-width: 220px;
  max-height: 60vh;
  overflow: auto;
  margin: 0;
  padding: 10px 12px;
  background: #ffffff;
  color: #1b1b1b;
  border: 1px solid #c9c9c9;
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Naskh Arabic", "Geeza Pro", Tahoma, sans-serif;
  text-align: start;
  white-space: normal;
  word-wrap: break-word;
  overflow-wrap: anywhere;
}
.box[hidden] { display: none; }
.card[lang="ar"] { font-family: "Noto Naskh Arabic", "Geeza Pro", Tahoma, system-ui, sans-serif; line-height: 1.7; }
.head { margin: 0 0 6px; }
.chip {
  display: inline-block;
  padding: 1px 8px;
  border-radius: 999px;
  font-size: 12px;
  font-weight: 600;
  color: #ffffff;
  background: #6b6b6b;
}
.chip-mismatch { background: #c62828; }
.chip-match { background: #2e7d32; }
.chip-unverified { background: #6b6b6b; }
section { margin: 6px 0 0; }
h2 { margin: 0; font-size: 12px; font-weight: 600; color: #555555; }
p { margin: 2px 0 0; }
.figure { font-weight: 700; }
.sentence, .muted { color: #444444; }
.muted { font-size: 12px; }
blockquote {
  margin: 4px 0 0;
  padding: 0 8px;
  border-inline-start: 3px solid #bdbdbd;
  color: #333333;
}
a { color: #1a55b0; text-decoration: underline; }
.actions { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-top: 8px; }
button { font: inherit; font-size: 13px; color: #fff; background: #1a55b0; border: 0; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button:focus-visible { outline: 2px solid #0b2f66; outline-offset: 2px; }
a:focus-visible { outline: 2px solid #1a55b0; outline-offset: 1px; }
`;
