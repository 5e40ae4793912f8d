// Candidate lemmas of a word form, for looking triggers up in an index. Rather than a full lemmatiser,
// a word yields its plausible base forms (shelled → shell, captured → capture, repelled → repel) and the
// index keeps the first one it knows. Irregular forms the rules need are listed once here.

const IRREGULAR: Record<string, string> = {
  shot: 'shoot', struck: 'strike', stricken: 'strike', hit: 'hit', fought: 'fight', left: 'leave', took: 'take',
  taken: 'take', drove: 'drive', driven: 'drive', threw: 'throw', thrown: 'throw', blew: 'blow', blown: 'blow',
  went: 'go', gone: 'go', held: 'hold', beaten: 'beat', seized: 'seize', stole: 'steal', stolen: 'steal',
  died: 'die', dead: 'dead', fell: 'fall', fallen: 'fall', brought: 'bring', made: 'make', came: 'come',
  said: 'say', told: 'tell', wrote: 'write', written: 'write', overran: 'overrun', withdrew: 'withdraw',
  withdrawn: 'withdraw', fled: 'flee', bombed: 'bomb', lay: 'lie', laid: 'lay', set: 'set', met: 'meet',
  sank: 'sink', sunk: 'sink', began: 'begin', begun: 'begin', caught: 'catch', kept: 'keep', lost: 'lose',
  forces: 'force', shelling: 'shell', shellings: 'shell', bombing: 'bombing', bombings: 'bombing',
  casualties: 'casualty', bodies: 'body', countries: 'country', injuries: 'injury', fatalities: 'fatality',
  spoke: 'speak', spoken: 'speak', sent: 'send', gave: 'give', given: 'give', flew: 'fly', flown: 'fly', retook: 'retake', retaken: 'retake', paid: 'pay', overtook: 'overtake', overtaken: 'overtake', men: 'man', women: 'woman', children: 'child', people: 'people', strikes: 'strike', uavs: 'uav',
};

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

/** The lowercase word and its plausible base forms, most likely first. Cached: words repeat a lot. */
export function lemmaCandidates(word: string): readonly string[] {
  let found = cache.get(word);
  if (!found) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    found = computeCandidates(word);
    cache.set(word, found);
  }
  return found;
}

function computeCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/[\u2019']/g, "'");
  const irregular = IRREGULAR[w];
  const out = irregular ? [irregular, w] : [w];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
    if (w.length > 4 && w[w.length - 3] === w[w.length - 4]) add(w.slice(0, -3));
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(w.slice(0, -3) + 'e');
    if (w.length > 5 && w[w.length - 4] === w[w.length - 5]) add(w.slice(0, -4));
  }
  return out;
}

/** The first candidate lemma that `known` holds, else the lowercase word. */
export function lemmaIn(word: string, known: { has(k: string): boolean }): string {
  for (const c of lemmaCandidates(word)) if (known.has(c)) return c;
  return word.toLowerCase();
}

const IRREGULAR_FORMS = new Map<string, string[]>();
for (const [form, lemma] of Object.entries(IRREGULAR)) IRREGULAR_FORMS.set(lemma, [...(IRREGULAR_FORMS.get(lemma) ?? []), form]);

/**
 * Every form whose candidates include `lemma` (a superset: "shell" gives shells, shelled, shelling ...),
 * so that a set of forms answers "can this word be that lemma" without computing candidates.
 */
export function inflections(lemma: string): string[] {
  const l = lemma.toLowerCase();
  const last = l[l.length - 1] ?? '';
  const forms = [l, `${l}s`, `${l}es`, `${l}ed`, `${l}d`, `${l}ing`, `${l}${last}ed`, `${l}${last}ing`];
  if (l.endsWith('e')) forms.push(`${l.slice(0, -1)}ing`);
  if (l.endsWith('y')) forms.push(`${l.slice(0, -1)}ies`, `${l.slice(0, -1)}ied`);
  forms.push(...(IRREGULAR_FORMS.get(l) ?? []));
  return forms;
}
