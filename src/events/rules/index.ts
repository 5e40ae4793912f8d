// Every trigger rule, in priority order, and an index from trigger lemma to the rules it starts, so that a
// sentence is matched by looking its words up, never by running every rule over the text.
import type { TriggerRule } from './rule.js';
import { VIOLENCE_RULES } from './violence.js';
import { STRATEGIC_RULES } from './strategic.js';
import { CIVIL_RULES } from './civil.js';
import { POLITICAL_RULES } from './political.js';
import { DISASTER_RULES } from './disaster.js';

export type { TriggerRule } from './rule.js';

export const RULES: readonly TriggerRule[] = [
  ...DISASTER_RULES,
  ...CIVIL_RULES,
  ...STRATEGIC_RULES,
  ...POLITICAL_RULES,
  ...VIOLENCE_RULES,
];

function buildIndex(rules: readonly TriggerRule[]): Map<string, TriggerRule[]> {
  const index = new Map<string, TriggerRule[]>();
  for (const rule of rules) {
    for (const lemma of rule.lemmas) {
      const list = index.get(lemma) ?? [];
      list.push(rule);
      index.set(lemma, list);
    }
  }
  // Phrase rules first within a lemma: "shot down" must be tried before "shoot".
  for (const list of index.values()) list.sort((a, b) => Number(!!b.next) - Number(!!a.next));
  return index;
}

export const RULE_INDEX: ReadonlyMap<string, readonly TriggerRule[]> = buildIndex(RULES);
