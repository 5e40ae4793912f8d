// Long war-report text of our own words, for the size and budget tests: sentences built from small lists,
// numbered so that no two are the same (no cache sees a sentence twice).
const PLACES = ['Kharkiv', 'Kherson', 'Odesa', 'Sumy', 'Dnipro', 'Zaporizhzhia', 'Mykolaiv', 'Chernihiv', 'Poltava', 'Izium'];
const DEEDS = [
  'shelling damaged {n} houses',
  'a drone strike hit a fuel depot',
  'troops repelled {n} assaults',
  'a missile struck an apartment block, wounding {n} people',
  'sappers cleared {n} mines from farmland',
];
const SOURCES = ['the regional administration said', 'officials said', 'the general staff reported', 'local police said'];

/** About `chars` characters of report text; `breaks` puts each tenth sentence after a blank line. */
export function longReport(chars: number, breaks = true): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const deed = DEEDS[i % DEEDS.length]!.replace('{n}', String((i % 9) + 2));
    const sentence = `In sector ${i} near ${PLACES[i % PLACES.length]}, ${deed} on ${(i % 28) + 1} March 2024, ${SOURCES[i % SOURCES.length]}.`;
    const part = breaks && i % 10 === 9 ? `${sentence}\n\n` : `${sentence} `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, chars);
}
