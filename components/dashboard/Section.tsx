import type { ComponentChildren } from 'preact';

/** A titled part of the dashboard; the title names the region for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="cw-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A table that may be wider than the page: scrollable, and reachable with Tab to scroll. */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="cw-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
