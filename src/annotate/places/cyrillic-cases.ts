// Ukrainian and Russian inflect place names ("у Харкові", "з Києва", "под Бахмутом"). A Cyrillic name
// that matches nothing is tried again without its case ending; the sound key then meets the nominative.
const ENDINGS = ['ами', 'ями', 'ові', 'еві', 'ого', 'ому', 'ою', 'ею', 'ом', 'ем', 'ах', 'ях', 'ів', 'ей', 'і', 'у', 'ю', 'а', 'я', 'е', 'и'];
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The name without each case ending it may carry, shortest cut first; empty when not Cyrillic. */
export function cyrillicStems(name: string): string[] {
  if (!CYRILLIC.test(name)) return [];
  const lower = name.toLowerCase();
  return ENDINGS.filter((e) => lower.endsWith(e) && name.length - e.length >= 3)
    .sort((a, b) => a.length - b.length)
    .map((e) => name.slice(0, name.length - e.length));
}
