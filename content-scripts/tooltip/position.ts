// Where the tooltip goes: below the figure, or above it when there is no room below, aligned to
// the figure's start edge (right edge for RTL), clamped inside the viewport. Pure, so it is tested
// without layout.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  above: boolean;
}

export function place(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl: boolean,
  gap = 6,
  margin = 8,
): Placement {
  const below = anchor.bottom + gap;
  const roomBelow = viewport.height - margin - below;
  const roomAbove = anchor.top - gap - margin;
  const above = size.height > roomBelow && roomAbove > roomBelow;
  let top = above ? anchor.top - gap - size.height : below;
  let left = rtl ? anchor.right - size.width : anchor.left;
  left = Math.min(left, viewport.width - margin - size.width);
  left = Math.max(margin, left);
  top = Math.min(top, viewport.height - margin - size.height);
  top = Math.max(margin, top);
  return { top: Math.round(top), left: Math.round(left), above };
}
