import type { StoreApi } from 'zustand/vanilla';

export interface SafetyState {
  /** The database came back empty while the marker says it held this many records. */
  lost: { expected: number; backupAt: number | undefined } | undefined;
  /** No automatic copy, or the latest is older than a week. */
  backupStale: boolean;
  /** What the last restore said. */
  message: string | undefined;
  busy: boolean;
}

export type SafetyStore = StoreApi<SafetyState> & {
  restore(): Promise<void>;
  startAfresh(): Promise<void>;
  dispose(): void;
};

export const initialSafetyState = (): SafetyState => ({ lost: undefined, backupStale: false, message: undefined, busy: false });
