import { render } from 'preact';
import '../../assets/dashboard.css';
import { db } from '../../lib/db/database';
import { teamDb } from '../../lib/db/team';
import { App } from './App';

render(<App database={db()} team={teamDb()} />, document.getElementById('app')!);
