import { render } from 'preact';
import '../../assets/dashboard.css';
import { openDashboardStore } from '../../lib/state/dashboard-store';
import { App } from './App';
import { download } from './download';

render(<App store={openDashboardStore(download)} />, document.getElementById('app')!);
