/**
 * "Did you mean" for near-miss names: `basepath` → `basePath`, `API Key` → `api_key`, `Listforms` →
 * `ListForms`. A candidate that differs only in case, spaces, '-' or '_' wins; otherwise the closest
 * by edit distance, if it is close enough to be a typo (at most one edit per four characters).
 * Names are compared on their first 100 characters, so the cost stays bounded.
 */
const MAX = 100;

function loose(name: string): string {
  return name.slice(0, MAX).toLowerCase().replace(/[\s_-]+/g, '');
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  const x = a.slice(0, MAX);
  const y = b.slice(0, MAX);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** The candidate `name` most likely meant, or undefined when none is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const key = loose(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) return undefined;
    const other = loose(candidate);
    if (other === key) return candidate;
    const distance = editDistance(key, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.min(key.length, loose(best).length) / 4)) ? best : undefined;
}

/** ` Did you mean 'x'?` or nothing, to end a message with. */
export function suggestion(name: string, candidates: Iterable<string>): string {
  const match = didYouMean(name, candidates);
  return match === undefined ? '' : ` Did you mean '${match}'?`;
}
