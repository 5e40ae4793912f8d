// The costly half of time tagging: running every rule's pattern over a chunk (a paragraph). What the patterns
// match depends on the chunk alone, not on the report time or the sentences, so the matches of recently seen
// chunks are kept: the dating stage scans each paragraph without a report time to infer one, and the annotate
// stage then finds the same paragraphs in the body and only has to value the matches again.
import { LRUCache } from 'lru-cache';
import { ChunkGates } from './rules/gates.js';
import { TIMEX_RULES } from './rules/index.js';

export interface RuleMatch {
  /** Index of the rule in TIMEX_RULES (its priority). */
  rank: number;
  /** The match, with its index into the chunk. Shared between callers: never mutate it. */
  match: RegExpExecArray;
}

/** How many chunks to remember, and the longest chunk worth remembering. */
const CACHE_SIZE = 512;
const CACHE_MAX_CHARS = 50_000;
const cache = new LRUCache<string, readonly RuleMatch[]>({ max: CACHE_SIZE });

export function scanChunk(chunk: string): readonly RuleMatch[] {
  const known = cache.get(chunk);
  if (known) return known;
  const found = scan(chunk);
  if (chunk.length <= CACHE_MAX_CHARS) cache.set(chunk, found);
  return found;
}

function scan(chunk: string): RuleMatch[] {
  const out: RuleMatch[] = [];
  const gates = new ChunkGates(chunk);
  for (let rank = 0; rank < TIMEX_RULES.length; rank++) {
    const rule = TIMEX_RULES[rank]!;
    if (rule.gate && !gates.passes(rule.gate)) continue;
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ rank, match: m });
    }
  }
  return out;
}
