// Finds the trigger matches of one sentence: each token's candidate lemmas are looked up in the rule index,
// and the first rule whose constraints hold takes the token (and the phrase words it consumes).
import type { Token } from '../annotate/types.js';
import { lemmaCandidates } from './lexicon/lemma.js';
import { RULE_INDEX, RULES, type TriggerRule } from './rules/index.js';
import { TRIGGER, wordFlags } from './lexicon/word-flags.js';
import { REFINER_WORDS } from './refine.js';

export interface TriggerMatch {
  rule: TriggerRule;
  /** Token index of the trigger word, and one past the last token of its phrase. */
  first: number;
  last: number;
}

/** Every lemma some rule or refiner asks the sentence about; only these are collected. */
const ASKED = new Set<string>([...RULES.flatMap((r) => [...(r.context ?? []), ...(r.veto ?? [])]), ...REFINER_WORDS]);
const askedCache = new Map<string, readonly string[]>();

function askedLemmasOf(word: string): readonly string[] {
  let found = askedCache.get(word);
  if (!found) {
    found = lemmaCandidates(word).filter((c) => ASKED.has(c));
    if (askedCache.size > 50_000) askedCache.clear();
    askedCache.set(word, found);
  }
  return found;
}


/** The sentence's words as the lemmas rules ask about, built once per sentence that has a trigger. */
export class SentenceLemmas {
  private set: Set<string> | null = null;
  constructor(private readonly tokens: readonly Token[]) {}
  has(lemma: string): boolean {
    if (!this.set) {
      this.set = new Set();
      for (const t of this.tokens) for (const c of askedLemmasOf(t.text)) this.set.add(c);
    }
    return this.set.has(lemma);
  }
  any(lemmas: readonly string[] | undefined): boolean {
    return !!lemmas && lemmas.some((l) => this.has(l));
  }
}

/** How many words after a trigger may hold its object: "launched two 'Iskander-M' ballistic missiles". */
const OBJECT_SPAN = 5;
/** Marks that end the trigger's clause: its object does not reach past them. */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2013', '\u2014']);

/** The lowercase words after token `from`, up to OBJECT_SPAN of them, within the clause (quotes skipped). */
function objectWords(tokens: readonly Token[], from: number): string[] {
  const words: string[] = [];
  for (let j = from; j < tokens.length && words.length < OBJECT_SPAN; j++) {
    const t = tokens[j]!;
    if (CLAUSE_END.has(t.text)) break;
    if (t.pos === 'PUNCT') continue;
    // A word joined by a hyphen modifies the noun after it ("a false-flag operation"): it is not the object.
    const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
    const prev = tokens[j - 1];
    const next = tokens[j + 1];
    if ((next?.text === '-' && joined(t, next)) || (prev?.text === '-' && joined(prev, t))) continue;
    words.push(t.text.toLowerCase());
  }
  return words;
}

/** The few words just before a trigger, in its clause: the object of a passive or a compound ("flag being raised", "TOS-1 launch"). */
function wordsBefore(tokens: readonly Token[], i: number): string[] {
  const words: string[] = [];
  for (let j = i - 1; j >= 0 && words.length < 3; j--) {
    const t = tokens[j]!;
    if (CLAUSE_END.has(t.text)) break;
    if (t.pos !== 'PUNCT') words.push(t.text.toLowerCase());
  }
  return words;
}

function ruleHolds(rule: TriggerRule, tokens: readonly Token[], i: number, lemmas: SentenceLemmas): number | null {
  const tok = tokens[i]!;
  // Title case makes nouns and verbs look like proper nouns ("Clashes between ...", "Strike on ...").
  if (rule.pos && !rule.pos.includes(tok.pos) && !(tok.pos === 'PROPN' && /^[A-Z][a-z]/.test(tok.text))) return null;
  if (rule.notForms && rule.notForms.includes(tok.text.toLowerCase())) return null;
  const prev = i > 0 ? tokens[i - 1]!.text.toLowerCase() : '';
  if (rule.prev && !rule.prev.includes(prev)) return null;
  if (rule.notPrev && rule.notPrev.includes(prev)) return null;
  let last = i + 1;
  if (rule.next) {
    const seq = rule.next.find((words) =>
      words.every((w, k) => tokens[i + 1 + k]?.text.toLowerCase() === w),
    );
    if (!seq) return null;
    last = i + 1 + seq.length;
  }
  if (rule.nextPos && !rule.nextPos.includes(tokens[last]?.pos ?? '')) return null;
  if (rule.notNext && rule.notNext.includes(tokens[last]?.text.toLowerCase() ?? '')) return null;
  if (rule.object && !objectWords(tokens, last).some((w) => rule.object!.includes(w)) && !wordsBefore(tokens, i).some((w) => rule.object!.includes(w))) return null;
  if (rule.doer && !wordsBefore(tokens, i).some((w) => rule.doer!.includes(w))) return null;
  if (rule.notObject && objectWords(tokens, last).some((w) => rule.notObject!.includes(w))) return null;
  if (rule.context && !lemmas.any(rule.context)) return null;
  if (rule.veto && lemmas.any(rule.veto)) return null;
  return last;
}

export function findTriggers(tokens: readonly Token[]): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  const lemmas = new SentenceLemmas(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.pos === 'PUNCT' || tok.pos === 'NUM' || tok.text.length < 2) continue;
    if (!(wordFlags(tok.text) & TRIGGER)) continue;
    let hit: TriggerMatch | null = null;
    for (const lemma of lemmaCandidates(tok.text)) {
      const rules = RULE_INDEX.get(lemma);
      if (!rules) continue;
      for (const rule of rules) {
        const last = ruleHolds(rule, tokens, i, lemmas);
        if (last !== null) {
          hit = { rule, first: i, last };
          break;
        }
      }
      if (hit) break;
    }
    if (hit) {
      matches.push(hit);
      i = hit.last - 1;
    }
  }
  return matches;
}
