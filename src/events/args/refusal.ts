// A refusal to move forces is a decision not to act (CODEBOOK: decisions, also not to act): "will not withdraw
// from the city", "is not going to deploy troops", "decided not to withdraw". A move that did not happen ("troops
// did not withdraw") is no refusal and stays a negated move.
import type { Token } from '../../annotate/types.js';

/** Families of acts whose refusal is a decision: giving up or holding ground, moving or sending forces. */
const REFUSABLE_FAMILIES = new Set(['territory', 'presence']);
/** Words before a negation that make it a refusal of what is ahead: "will not", "won't", "would not". */
const WILL = new Set(['will', 'wo', 'would', 'shall']);

/** Whether the negation at token `at` refuses a future act: "will not", "won't", "not going to", "refused to", "decided not to". */
function isRefusal(tokens: readonly Token[], at: number): boolean {
  if (at < 0) return false;
  const w = tokens[at]!.text.toLowerCase();
  if (w === 'refused' || w === 'refuses' || w === 'refuse') return true;
  if (w !== 'not' && w !== "n't") return false;
  if (WILL.has(tokens[at - 1]?.text.toLowerCase() ?? '') || tokens[at + 1]?.text.toLowerCase() === 'going') return true;
  // "decided not to withdraw", "the decision was made not to send", "agreed not to deploy".
  if (tokens[at + 1]?.text.toLowerCase() !== 'to') return false;
  for (let k = at - 1; k >= Math.max(0, at - DECIDING_REACH); k--) if (DECIDING.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}
/** Words of choosing before "not to ...": the choice not to act is the decision. */
const DECIDING = new Set(['decided', 'decide', 'decides', 'decision', 'chose', 'chosen', 'choose', 'opted', 'agreed', 'resolved']);
/** Tokens before "not" a word of choosing may stand: "the decision was made not to". */
const DECIDING_REACH = 4;

/** Whether the negation at token `at` refuses an act of a family whose refusal is a decision. */
export function refusesToActOn(family: string, tokens: readonly Token[], at: number): boolean {
  return REFUSABLE_FAMILIES.has(family) && isRefusal(tokens, at);
}
