// Which side of the war a phrase names, from the words in it, as data. Entity mentions carry their own side
// once the entities work lands; this table covers the plain nationality words of a noun phrase.

const SIDE_WORDS: Record<string, string> = {
  russian: 'RU', russia: 'RU', "russia's": 'RU', moscow: 'RU', kremlin: 'RU', wagner: 'RU', dpr: 'RU', lpr: 'RU',
  naf: 'RU', occupation: 'RU', occupying: 'RU', occupiers: 'RU', putin: 'RU', chechen: 'RU', kadyrov: 'RU',
  rosgvardia: 'RU', 'russian-installed': 'RU', 'russian-backed': 'RU', 'pro-russian': 'RU',
  ukrainian: 'UA', ukraine: 'UA', "ukraine's": 'UA', kyiv: 'UA', kiev: 'UA', zelensky: 'UA', zelenskyy: 'UA',
  zelenskiy: 'UA', azov: 'UA', zsu: 'UA', sbu: 'UA', ukrenergo: 'UA',
  polish: 'PL', poland: 'PL', warsaw: 'PL', belarusian: 'BY', belarus: 'BY', lukashenko: 'BY',
  american: 'US', 'u.s.': 'US', pentagon: 'US', british: 'GB', iranian: 'IR', chinese: 'CN',
};

/** The side named by the first side word in the phrase, or undefined. */
export function sideOfPhrase(phrase: string): string | undefined {
  for (const raw of phrase.split(/[\s,]+/)) {
    const w = raw.toLowerCase().replace(/[\u2019]/g, "'").replace(/[.;:!?"()]+$/g, '');
    const side = SIDE_WORDS[w] ?? SIDE_WORDS[w.replace(/'s$/, '')];
    if (side) return side;
  }
  return undefined;
}
