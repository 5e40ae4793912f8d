// Organisations in Ukrainian and Russian text, minimal: the bodies that report this war ("Генштаб ЗСУ",
// "Минобороны России", "Сумська ОВА"), each under the English canonical name and id the English pack gives
// it, so that a source reads the same in every language. Each language lists its own surface forms.
import type { AnnotatedSection, EntityMention } from '../../annotate/types.js';
import { adminAreasOfAdjective } from '../../annotate/places/admin-areas.js';
import { countStep } from '../../text/step-counts.js';
import type { SlavicLanguage } from './language.js';
import { areaAdjectiveFeminine } from './places/forms.js';

/** One organisation: its forms in the text (a global, Unicode regex) and who it is. */
export interface SlavicOrganisation {
  pattern: RegExp;
  canonical: string;
  /** The English pack's id for the same body ("org:sbu", "inst:<canonical>"). */
  id: string;
  side: string;
}

/** The English pack's id for a state body of one country (entities/institutions.ts keys them by canonical name). */
export const institutionId = (canonical: string): string => `inst:${canonical}`;

/** "Сумська ОВА", "Харківської обласної військової адміністрації": the oblast's military administration. */
function regionalAdministrations(text: string, lang: SlavicLanguage): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(lang.entities.regionalAdministration)) {
    const area = areaAdjectiveFeminine(m[1]!).flatMap((f) => adminAreasOfAdjective(f))[0];
    if (!area) continue;
    const canonical = `${area.name} Regional Military Administration`;
    countStep('entities', `${lang.code}:regional-administration`);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'ORG', canonical, id: `org:${canonical}`, side: area.country });
  }
  return out;
}

function listed(text: string, lang: SlavicLanguage): EntityMention[] {
  const out: EntityMention[] = [];
  for (const org of lang.entities.organisations) {
    for (const m of text.matchAll(org.pattern)) {
      countStep('entities', `${lang.code}:organisation`);
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'ORG', canonical: org.canonical, id: org.id, side: org.side });
    }
  }
  return out;
}

/** A section's organisations; of overlapping mentions the longer (listed first on a tie) stays. */
export function slavicEntities(section: AnnotatedSection, lang: SlavicLanguage): EntityMention[] {
  const text = section.section.text.text;
  const all = [...regionalAdministrations(text, lang), ...listed(text, lang)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  for (const e of all) if (!out.some((o) => o.start < e.end && e.start < o.end)) out.push(e);
  return out;
}
