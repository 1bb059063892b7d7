import { render } from 'preact';
import '../../assets/sidebar.css';
import { db } from '../../lib/db/database';
import { createSidebarStore } from '../../lib/state/sidebar-store';
import { applyTheme } from '../../lib/state/theme';
import { App } from './App';
import { connectToHost } from './host-connection';

const store = createSidebarStore(db());
applyTheme(document.documentElement, store.getState().settings.theme);
store.subscribe((state, previous) => {
  if (state.settings.theme !== previous.settings.theme) applyTheme(document.documentElement, state.settings.theme);
});
// Staleness and speed to lead are measured against a clock that moves while the sidebar is open.
setInterval(() => store.actions.tick(), 30_000);
let collapsed = false;
const root = document.getElementById('app')!;

const connection = connectToHost((message) => {
  if (message.type === 'record') void store.actions.showPage(message.page, message.url);
  if (message.type === 'prefetch') store.actions.prefetch(message.key);
  if (message.type === 'layout') {
    collapsed = message.collapsed;
    draw();
  }
});

function setCollapsed(next: boolean) {
  void connection.then((c) => c.send({ type: 'setCollapsed', collapsed: next }));
}

function draw() {
  render(<App store={store} collapsed={collapsed} onCollapsedChange={setCollapsed} />, root);
}
draw();

connection.catch((error: unknown) => {
  root.textContent = error instanceof Error ? error.message : String(error);
});

// Closing the tab right after an edit keeps the edit.
addEventListener('pagehide', () => void store.actions.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void store.actions.flush();
});
