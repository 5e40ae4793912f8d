// Named military units: "the 93rd Mechanized Brigade", "1st Guards Tank Army", "58th Combined Arms Army".
// The side comes from a qualifier before the name, else from naming habits each army keeps.
import { ALL_QUALIFIERS, countryByQualifier } from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { alternation, WORD_END, WORD_START } from './patterns.js';

const UNIT_HEADS = 'Brigade|Regiment|Division|Battalion|Army|Corps|Fleet|Flotilla|Detachment|Squadron|Company|Group|Legion|Base|Military District';
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*|and|of)";

function unitRegex(): RegExp {
  return new RegExp(
    `${WORD_START}(?:(${alternation(ALL_QUALIFIERS)})\\s+)?(\\d{1,3}(?:st|nd|rd|th)\\s+(?:${NAME_WORD}\\s+){0,5}?(?:${UNIT_HEADS}))${WORD_END}` +
      `|${WORD_START}((?:Southern|Western|Central|Eastern|Northern|Leningrad|Moscow)\\s+Military\\s+District)${WORD_END}`,
    'gu',
  );
}

/** Words only one army uses in its unit names, in order: the first that matches decides. */
const SIDE_BY_NAME: ReadonlyArray<[RegExp, string]> = [
  [/Motor Rifle|Motori[sz]ed Rifle|Combined Arms|Guards|Tank (?:Army|Division|Regiment)|Army Corps|Military District|Air Assault Division|Airborne Division|Naval Infantry|Spetsnaz|Storm-Z|Cossack|Training Regiment/, 'RU'],
  [/Mechani[sz]ed|Separate|Territorial Defen[cs]e|Jaeger|Presidential|Assault Brigade|Marine Brigade|Operational Command/, 'UA'],
];

let regex: RegExp | null = null;

function findUnits(ctx: EntityContext): Candidate[] {
  regex ??= unitRegex();
  const out: Candidate[] = [];
  ctx.sections.forEach((s, si) => {
    for (const m of s.section.text.text.matchAll(regex!)) {
      const name = (m[2] ?? m[3])!.replace(/\s+/g, ' ');
      const qualifier = m[1] ? countryByQualifier(m[1]) : null;
      const side = qualifier?.code ?? SIDE_BY_NAME.find(([re]) => re.test(name))?.[1];
      const start = m.index + m[0].indexOf(m[2] ?? m[3]!);
      const canonical = side ? `${name} (${side})` : name;
      out.push({
        section: si, start, end: m.index + m[0].length, type: 'ORG', key: 'unit:' + canonical, canonical,
        ...(side ? { side } : {}), role: 'military unit', priority: PRIORITY.institution,
      });
    }
  });
  return out;
}

export const units: EntityMatcher = { name: 'units', run: (ctx) => findUnits(ctx) };
