import { ADAPTERS } from './registry';
import { matchPatternFor } from './hosts';

/** Match patterns of every vendor cloud host: the manifest's `matches` and `host_permissions`. */
export function crmMatchPatterns(): string[] {
  return [...new Set(ADAPTERS.flatMap((a) => a.hosts.map(matchPatternFor)))].sort();
}
