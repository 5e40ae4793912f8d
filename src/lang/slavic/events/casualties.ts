// Deaths and injuries a Russian or Ukrainian sentence reports, as ACLED codes them: a numeral or number word
// counting the dead ("5 человек погибли", "пʼятеро мирних українців загинули", "двох загиблих"), a singular
// verb one person ("погиб ребенок"), a total that rose ("число погибших выросло до 11"), none at all ("никто
// не пострадал", "без жертв") zero.
import type { Fatalities } from '../../../events/types.js';
import { combineCounts } from '../../../events/args/casualties.js';
import type { SlavicLexicon } from './lexicon/types.js';
import { matches, stemOf } from './stems.js';
import type { Word } from './words.js';

export interface Tolls {
  dead: Fatalities | null;
  injured: Fatalities | null;
}

const exact = (n: number): Fatalities => ({ low: n, best: n, high: n });
/** Past singular forms: "погиб", "погибла", "загинув", "помер", "скончался". */
const SINGULAR_PAST = /(?:^погиб$|^умер$|^помер$|^вбит$|^убит$|(?:ла|лся|лась|ув|ула|ив|ила|ена|ен|ий|ая|а)$)/;
/** Words that a count cannot stand before: a numeral before a month, a year or a unit is no count of people. */
const NOT_COUNTED = /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|вересн|жовт|листопад|груд|год|рок|раз|час|годин|хвилин|минут|км|метр|%)/;

/** A count a word gives: digits, a number word, a vague quantity; null for none (and for ages, "52-летняя"). */
function countOf(w: Word | undefined, next: Word | undefined, lex: SlavicLexicon): Fatalities | null {
  if (!w) return null;
  if (next && NOT_COUNTED.test(next.norm)) return null;
  if (w.numeric) {
    const m = /^(\d+)(?:-(\p{L}{1,3}))?$/u.exec(w.norm);
    return m ? exact(Number(m[1])) : null;
  }
  const n = lex.numbers.find((x) => stemOf(w.norm, { stems: [x.stem] }));
  if (n) return exact(n.value);
  const v = lex.vague.find((x) => stemOf(w.norm, { stems: [x.stem] }));
  return v ? { low: v.value, best: v.value, high: null } : null;
}

/** The count of the people a death or injury word at `i` reports, read around it; null when none is given. */
function countAround(words: readonly Word[], i: number, lex: SlavicLexicon): Fatalities | null {
  // "Число погибших ... выросло до 11": a total that rose to a figure.
  const before = words[i - 1]?.norm;
  if (before && /^(?:число|количество|кількість|число)$/.test(before)) {
    for (let j = i + 1; j < words.length - 1; j++) if (/^до$/.test(words[j]!.norm)) {
      const c = countOf(words[j + 1], words[j + 2], lex);
      if (c) return c;
    }
  }
  // Another death or injury word bounds the scan: "погибла женщина, ранены трое детей" counts one of each.
  const toll = (j: number) => matches(words[j]?.norm ?? '', lex.triggers.death) || matches(words[j]?.norm ?? '', lex.triggers.injury);
  // Before the word, skipping the people and their qualifiers: "5 человек погибли", "пʼятеро мирних українців загинули".
  for (let j = i - 1; j >= Math.max(0, i - 4) && !toll(j); j--) {
    const c = countOf(words[j], words[j + 1], lex);
    if (c) return c;
    if (!matches(words[j]!.norm, lex.people) && !/(?:ых|их|ий|ый|ая|а|е|і|и)$/.test(words[j]!.norm)) break;
  }
  // After it: "погибли 5 человек", "загинули двоє людей", "постраждали четверо".
  for (let j = i + 1; j <= Math.min(words.length - 1, i + 3) && !toll(j); j++) {
    const c = countOf(words[j], words[j + 1], lex);
    if (c && (j === i + 1 || matches(words[j + 1]?.norm ?? '', lex.people))) return c;
  }
  return null;
}

/** Whether the sentence says no one was killed or hurt: "никто не пострадал", "пострадавших нет", "без жертв". */
function saysNobody(words: readonly Word[], lex: SlavicLexicon): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    const victims = matches(w, lex.cues.victims) || matches(w, lex.triggers.injury) || matches(w, lex.triggers.death);
    if (!victims) continue;
    const prev = words[i - 1]?.norm ?? '';
    const prev2 = words[i - 2]?.norm ?? '';
    const next = words[i + 1]?.norm ?? '';
    const next2 = words[i + 2]?.norm ?? '';
    if (matches(prev, lex.cues.without) || matches(prev2, lex.cues.without)) return true;
    // "Никто не пострадал", "люди не пострадали", "не постраждав ніхто": a verb of harm under negation.
    if (matches(prev, lex.cues.negation) && (matches(prev2, lex.cues.nobody) || matches(w, lex.triggers.injury) || matches(w, lex.triggers.death))) return true;
    if (matches(next, lex.cues.nobody) || (next === 'и' || next === 'і' || next === 'та' ? matches(next2, lex.cues.nobody) || matches(words[i + 3]?.norm ?? '', lex.cues.nobody) : false)) return true;
  }
  return false;
}

/** The dead and injured the sentence reports. */
export function findTolls(words: readonly Word[], lex: SlavicLexicon): Tolls {
  if (saysNobody(words, lex)) return { dead: exact(0), injured: exact(0) };
  let dead: Fatalities | null = null;
  let injured: Fatalities | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const isDeath = matches(w.norm, lex.triggers.death) || /^(?:тела|тел|тіла|тіл)$/.test(w.norm);
    const isInjury = !isDeath && matches(w.norm, lex.triggers.injury);
    if (!isDeath && !isInjury) continue;
    if (matches(words[i - 1]?.norm ?? '', lex.cues.negation)) continue;
    let count = countAround(words, i, lex);
    if (!count && isDeath && SINGULAR_PAST.test(w.norm) && matches(w.norm, lex.triggers.death)) count = exact(1);
    if (!count) continue;
    // Several figures in one sentence are most often one toll told twice ("число погибших выросло до 11 ...
    // раненый скончался"): the larger stands.
    if (isDeath) dead = dead ? combineCounts(dead, count) : count;
    else injured = injured ? combineCounts(injured, count) : count;
  }
  return { dead, injured };
}
