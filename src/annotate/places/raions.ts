// Districts (raions) and communities (hromadas) are named after their centres, mostly in adjectival form:
// "Beryslavskyi district" is Beryslav's, "Pokrovskyi raion" Pokrovsk's, "Kharkivskyi" Kharkiv's.
// The centre is where an unknown village of the district is put: nearer than the oblast's centre.
import { resolveName, type Resolution, type ResolveContext } from './resolve.js';

const ADJECTIVE = /^(.+?)(sk)(?:yi|yy|iy|y|a|e|oho|oi|ogo|aya|oye|oe)$/u;

/** Names the district's centre may have, most likely first. */
export function centreNames(districtName: string): string[] {
  const m = ADJECTIVE.exec(districtName);
  return m ? [`${m[1]}${m[2]}`, m[1]!] : [districtName];
}

/** The district's centre, when the gazetteer knows a town of the document's country by that name. */
export function districtCentre(districtName: string, ctx: ResolveContext): Resolution | null {
  for (const name of centreNames(districtName)) {
    const r = resolveName(name, ctx);
    if (r && r.match === 'exact' && r.place.kind === 'settlement' && r.place.country === ctx.focusCountry) return r;
  }
  return null;
}
