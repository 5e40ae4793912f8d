// Districts (raions) and communities (hromadas) are named after their centres, mostly in adjectival form:
// "Beryslavskyi district" is Beryslav's, "Pokrovskyi raion" Pokrovsk's, "Kharkivskyi" Kharkiv's.
// The centre is where an unknown village of the district is put: nearer than the oblast's centre.
import { resolveName, type Resolution, type ResolveContext } from './resolve.js';

const ADJECTIVE = /^(.+?)(sk)(?:yi|yy|iy|y|a|e|oho|oi|ogo|aya|oye|oe)$/u;

/** Whether a district's name is the adjective of its centre's ("Kakhovskyi"), not the centre's own name ("Nikopol"). */
export function adjectivalDistrict(districtName: string): boolean {
  return ADJECTIVE.test(districtName);
}

/** Names the district's centre may have, most likely first. */
export function centreNames(districtName: string): string[] {
  const m = ADJECTIVE.exec(districtName);
  // "Pokrovskyi" is Pokrovsk's, "Izium" Izium's, "Kakhovskyi" Kakhovka's (the -ka towns drop it before -skyi).
  return m ? [`${m[1]}${m[2]}`, m[1]!, `${m[1]}ka`] : [districtName];
}

/** The district's centre, when the gazetteer knows a town of the document's country by that name. */
export function districtCentre(districtName: string, ctx: ResolveContext): Resolution | null {
  for (const name of centreNames(districtName)) {
    const r = resolveName(name, ctx);
    if (r && r.match === 'exact' && r.place.kind === 'settlement' && r.place.country === ctx.focusCountry) return r;
  }
  return null;
}
