import { render } from 'preact';
import '../../assets/welcome.css';
import { HowToOpen } from './HowToOpen';

const firefox = navigator.userAgent.includes('Firefox/');

function Welcome() {
  return (
    <main class="cw-welcome">
      <h1>Closeward is ready</h1>
      <p class="cw-lede">
        Your qualification checklist, what you are closing toward and your note to your future self, beside every lead, opportunity, contact and account in your
        CRM. Everything stays on this computer.
      </p>
      <HowToOpen firefox={firefox} />
      <ol class="cw-steps">
        <li>
          {firefox ? 'Open the sidebar' : 'Open the side panel'}: click the Closeward icon in the toolbar, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>
          .{firefox ? ' Firefox has opened it for you already, on the side of the window.' : ' If the icon is hidden, pin it from the puzzle-piece menu.'}
        </li>
        <li>Open a record in your CRM. The panel shows its card and follows you from record to record, and from tab to tab.</li>
        <li>On any other tab the panel shows your day: follow-ups that are due and the records you opened last.</li>
      </ol>
      <p>
        Self-hosted CRM or your own domain? Add it in <a href="/options.html">Closeward's options</a>.
      </p>
    </main>
  );
}

render(<Welcome />, document.getElementById('app')!);
