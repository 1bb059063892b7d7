/**
 * One picture of how to open Closeward: a browser window, the toolbar icon (or the keyboard
 * shortcut) and the panel it opens beside the CRM page.
 */
export function HowToOpen({ firefox }: { firefox: boolean }) {
  return (
    <figure class="cw-how">
      <svg viewBox="0 0 640 300" role="img" aria-labelledby="cw-how-title">
        <title id="cw-how-title">
          {firefox
            ? 'Click the Closeward icon in the toolbar, or press Alt+Shift+K, and the sidebar opens beside your CRM.'
            : 'Click the Closeward icon in the toolbar, or press Alt+Shift+K, and the side panel opens beside your CRM.'}
        </title>
        <rect class="cw-how-window" x="10" y="10" width="620" height="280" rx="12" />
        <rect class="cw-how-bar" x="10" y="10" width="620" height="44" rx="12" />
        <circle class="cw-how-dot" cx="34" cy="32" r="6" />
        <circle class="cw-how-dot" cx="54" cy="32" r="6" />
        <circle class="cw-how-dot" cx="74" cy="32" r="6" />
        <rect class="cw-how-url" x="100" y="21" width="380" height="22" rx="11" />
        <image class="cw-how-icon" href="/icon/128.png" x="560" y="18" width="28" height="28" />
        <circle class="cw-how-ring" cx="574" cy="32" r="21" />
        <rect class="cw-how-page" x="26" y="70" width="392" height="204" rx="6" />
        <rect class="cw-how-line" x="46" y="92" width="220" height="14" rx="4" />
        <rect class="cw-how-line cw-how-faint" x="46" y="118" width="320" height="10" rx="4" />
        <rect class="cw-how-line cw-how-faint" x="46" y="138" width="280" height="10" rx="4" />
        <rect class="cw-how-line cw-how-faint" x="46" y="158" width="300" height="10" rx="4" />
        <rect class="cw-how-panel" x="430" y="70" width="184" height="204" rx="6" />
        <rect class="cw-how-line" x="446" y="88" width="120" height="12" rx="4" />
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <g key={i}>
            <circle class={`cw-how-chip cw-how-chip-${i % 3}`} cx="452" cy={124 + i * 22} r="6" />
            <rect class="cw-how-line cw-how-faint" x="466" y={119 + i * 22} width={100 - (i % 3) * 18} height="10" rx="4" />
          </g>
        ))}
        <path class="cw-how-arrow" d="M574 56 C 574 62, 560 64, 540 66" />
        <g class="cw-how-keys">
          <rect x="210" y="226" width="190" height="34" rx="8" />
          <text x="305" y="248" text-anchor="middle">
            Alt + Shift + K
          </text>
        </g>
      </svg>
      <figcaption>Click the Closeward icon, or press Alt+Shift+K: the panel opens beside your CRM and stays open as you move between records.</figcaption>
    </figure>
  );
}
