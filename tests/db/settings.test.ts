import { describe, expect, it } from 'vitest';
import { readSettings, saveSetting } from '../../lib/db/settings';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import type { Setting } from '../../lib/model/settings';
import { freshDb } from './helpers';

describe('settings repository', () => {
  it('reads the seeded defaults', async () => {
    const database = freshDb();
    expect(await readSettings(database)).toEqual({
      stalenessDays: 30,
      ladder: DEFAULT_LADDER,
      theme: 'system',
      templateId: 'default',
      templates: [],
      notNowPreset: 'quarter',
      retiredRungs: [],
    });
  });

  it('saves each setting on its own', async () => {
    const database = freshDb();
    await saveSetting(database, 'theme', 'dark');
    await saveSetting(database, 'stalenessDays', 14);
    await saveSetting(database, 'ladder', [{ id: 'demo', label: 'Book a demo' }]);
    expect(await readSettings(database)).toMatchObject({ stalenessDays: 14, ladder: [{ id: 'demo', label: 'Book a demo' }], theme: 'dark' });
  });

  it('falls back to the default when a stored row is malformed', async () => {
    const database = freshDb();
    // Hand-edited or imported rows the schema rejects.
    const malformed: unknown[] = [
      { key: 'stalenessDays', value: -3, updatedAt: 1 },
      { key: 'ladder', value: [], updatedAt: 1 },
    ];
    await database.settings.bulkPut(malformed as Setting[]);
    const settings = await readSettings(database);
    expect(settings.stalenessDays).toBe(30);
    expect(settings.ladder).toEqual(DEFAULT_LADDER);
  });
});
