import { upgradeV1toV2 } from './answers';
import { EXPORT_VERSION, type Envelope } from './format';

/**
 * UPGRADES[v - 1] turns a version-v envelope into version v + 1 (rename a field, fill a
 * new one), so every older file keeps importing.
 */
export const UPGRADES: readonly ((old: Envelope) => Envelope)[] = [upgradeV1toV2];

/** Brings an envelope of an older version up to EXPORT_VERSION, one step at a time. */
export function upgradeEnvelope(envelope: Envelope, upgrades: readonly ((old: Envelope) => Envelope)[] = UPGRADES, target = EXPORT_VERSION): Envelope {
  let current = envelope;
  while (current.version < target) {
    const step = upgrades[current.version - 1];
    if (!step) throw new Error(`no upgrade from export version ${current.version}`);
    const next = step(current);
    if (next.version !== current.version + 1) throw new Error(`the upgrade from version ${current.version} produced version ${next.version}`);
    current = next;
  }
  return current;
}
