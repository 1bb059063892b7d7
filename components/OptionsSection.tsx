import type { ComponentChildren } from 'preact';

export interface OptionsSectionProps {
  /** Used for the heading's id (`<id>-title`) and as the section's anchor. */
  id: string;
  title: string;
  /** One or two sentences on what the section is for. */
  intro?: ComponentChildren;
  children?: ComponentChildren;
}

/** One titled group of the options page. */
export function OptionsSection({ id, title, intro, children }: OptionsSectionProps) {
  return (
    <section id={id} class="cw-options-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p class="cw-hint">{intro}</p> : null}
      {children}
    </section>
  );
}
