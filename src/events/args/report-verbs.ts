// The verbs that report what a source says: a sentence with one of them may name who says so (attribution.ts).
// As data, one lexicon, so that attribution and the sentence flags (lexicon/word-flags.ts) read the same words.

export const SPEECH_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'reported', 'reports', 'stated', 'states', 'told', 'wrote',
  'writes', 'indicated', 'indicates', 'claimed', 'claims', 'added', 'noted', 'confirmed', 'posted', 'alleged',
  'according', 'cited', 'informed', 'declared', 'tweeted', 'published', 'warned',
  // Verbs that report what someone said while judging or framing it.
  'accused', 'accuses', 'blamed', 'blames', 'criticized', 'criticised', 'lamented', 'promised', 'promises', 'cautioned', 'explained', 'explains', 'reminded', 'mentioned',
  'emphasized', 'emphasised', 'stressed', 'insisted', 'assured', 'revealed', 'disclosed', 'acknowledged', 'admitted', 'specified',
  // The present of reporting, as news and statements use it: "the diplomats note", "the resolution reads".
  'notes', 'note', 'adds', 'reads',
  // Claims held or passed on: "the ministry asserted", "bloggers amplified a claim that", "channels relayed".
  // Not "maintained": forces maintain their positions far more often than anyone maintains a claim.
  'asserted', 'asserts', 'alleges', 'reiterated', 'reiterates', 'relayed', 'amplified', 'boasted',
  // The gerund of a claim beside its speaker: "with some sources claiming that", "..., saying that".
  'claiming', 'saying', 'alleging',
]);
