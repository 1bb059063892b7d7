import { browser } from 'wxt/browser';
import type { RecordPage } from '../model/record';

export const DEFAULT_WIDTH = 360;
export const MIN_WIDTH = 280;
export const COLLAPSED_WIDTH = 32;
const MAX_WIDTH = 720;
/** Only while the rep drags or presses a key: reading innerWidth can force a layout. */
const maxWidth = () => Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(innerWidth * 0.6)));
/** The same clamp in CSS, so that showing the sidebar during page load forces no layout. */
const cssWidth = (width: number) => `min(${width}px, max(${MIN_WIDTH}px, min(${MAX_WIDTH}px, 60vw)))`;

export interface Frame {
  readonly collapsed: boolean;
  describe(page: RecordPage): void;
  setCollapsed(collapsed: boolean): void;
  /**
   * Hands `port` to the sidebar frame's own window (a message event there alone: the CRM
   * page's scripts see nothing of it), with `nonce`, which the frame asked for over the
   * extension's port. False if the frame has no window to hand it to.
   */
  offerLane(nonce: string, port: MessagePort): boolean;
  remove(): void;
}

interface Layout {
  width: number;
  collapsed: boolean;
}

const STYLE = `
:host { all: initial; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646; display: block; }
iframe { border: 0; width: 100%; height: 100%; display: block; color-scheme: normal; }
.grip { position: absolute; left: -3px; top: 0; bottom: 0; width: 6px; cursor: col-resize; z-index: 1; }
.grip:focus-visible { outline: 2px solid #2f81f7; }
:host([data-collapsed]) .grip { display: none; }
:host([data-dragging]) iframe { pointer-events: none; }
`;

/**
 * The element we add to the CRM page: `#closeward-root` (its data attributes name the
 * record), a closed shadow root so page CSS cannot reach in, the sidebar iframe (an
 * extension page) and a resize grip. The page is pushed left by the sidebar's width.
 * Its `src` never changes after creation: a changed src would add history entries.
 */
export function createFrame(src: string, onLayout: (collapsed: boolean) => void): Frame {
  const root = document.createElement('div');
  root.id = 'closeward-root';
  const shadow = root.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const grip = document.createElement('div');
  grip.className = 'grip';
  grip.tabIndex = 0;
  grip.setAttribute('role', 'separator');
  grip.setAttribute('aria-orientation', 'vertical');
  grip.setAttribute('aria-label', 'Resize the Closeward sidebar');
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = 'Closeward';
  shadow.append(style, grip, iframe);

  const html = document.documentElement;
  const previousMargin = html.style.getPropertyValue('margin-right');
  const previousPriority = html.style.getPropertyPriority('margin-right');
  let layout: Layout = { width: DEFAULT_WIDTH, collapsed: false };

  const apply = () => {
    const width = layout.collapsed ? `${COLLAPSED_WIDTH}px` : cssWidth(layout.width);
    root.style.width = width;
    root.toggleAttribute('data-collapsed', layout.collapsed);
    grip.setAttribute('aria-valuenow', String(layout.collapsed ? COLLAPSED_WIDTH : layout.width));
    html.style.setProperty('margin-right', width, 'important');
  };
  const save = () => void browser.storage.local.set({ layout });

  void browser.storage.local.get('layout').then(({ layout: stored }) => {
    const s = stored as Partial<Layout> | undefined;
    if (s && typeof s.width === 'number' && typeof s.collapsed === 'boolean') {
      layout = { width: Math.max(MIN_WIDTH, s.width), collapsed: s.collapsed };
      apply();
      onLayout(layout.collapsed);
    }
  });

  // Resizing: only trusted pointer and key events, so page scripts cannot drive it.
  grip.addEventListener('pointerdown', (down) => {
    if (!down.isTrusted || down.button !== 0) return;
    down.preventDefault();
    grip.setPointerCapture(down.pointerId);
    root.toggleAttribute('data-dragging', true);
    const move = (e: PointerEvent) => {
      if (!e.isTrusted) return;
      layout.width = Math.max(MIN_WIDTH, Math.min(maxWidth(), innerWidth - e.clientX));
      apply();
    };
    const up = () => {
      grip.removeEventListener('pointermove', move);
      root.removeAttribute('data-dragging');
      save();
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up, { once: true });
    grip.addEventListener('pointercancel', up, { once: true });
  });
  grip.addEventListener('keydown', (e) => {
    if (!e.isTrusted || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    layout.width = Math.max(MIN_WIDTH, Math.min(maxWidth(), layout.width + (e.key === 'ArrowLeft' ? 20 : -20)));
    apply();
    save();
  });

  apply();
  (document.body ?? html).append(root);

  return {
    get collapsed() {
      return layout.collapsed;
    },
    describe(page) {
      root.dataset.crm = page.crm;
      root.dataset.kind = page.kind;
      root.dataset.recordKey = page.key;
    },
    setCollapsed(collapsed) {
      layout.collapsed = collapsed;
      apply();
      save();
      onLayout(collapsed);
    },
    offerLane(nonce, port) {
      const target = iframe.contentWindow;
      if (!target) return false;
      target.postMessage({ closewardLane: nonce }, new URL(src).origin, [port]);
      return true;
    },
    remove() {
      root.remove();
      html.style.setProperty('margin-right', previousMargin, previousPriority);
    },
  };
}
