// Shapes of the hand-kept place facts. Coordinates are WGS84 degrees; ids are GeoNames ids (CC-BY 4.0,
// https://www.geonames.org/), so facts and the generated gazetteer meet on the same identifiers.

/** A first-level administrative area (oblast, Russian oblast, Belarusian voblasc, ...). */
export interface AdminAreaFact {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code inside the country ("08" is Kherson Oblast). */
  code: string;
  /** English name as event data sets write it ("Kherson", "Kyiv City"); eval/lib/admin1.mjs folds it. */
  name: string;
  /** The area's seat: GeoNames id and position. Region-level reports are coded to the seat (ACLED does so). */
  seat: { geonameId: number; name: string; lat: number; lon: number };
  /** Rough geometric centre of the area, for places known only to lie somewhere inside it. */
  centroid: { lat: number; lon: number };
  /** Other names of the area itself, any script or transliteration ("Kherson", "Cherson", "Херсонщина"). */
  names: string[];
  /** Adjectival forms that only stand before an area word ("Khersonska oblast", "Херсонська область"). */
  adjectives: string[];
  /** A foreign area on Ukraine's land border: its villages are kept whole and believed in Ukrainian news. */
  bordersUkraine?: boolean;
}

/** A country: names, and the words for its people, which are never places. */
export interface CountryFact {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  geonameId: number;
  lat: number;
  lon: number;
}

/** A place that GeoNames cities500 lacks or files under another class: regions, rivers, seas, spits. */
export interface FeatureFact {
  name: string;
  names: string[];
  kind: 'region' | 'water' | 'feature';
  country: string;
  /** English admin1 name when the feature lies in one area, else null. */
  admin1: string | null;
  lat: number;
  lon: number;
  geonameId: number | null;
}

/** A settlement renamed (decommunisation 2016, derussification 2022-24) or known by a Russian form. */
export interface RenameFact {
  old: string;
  current: string;
  /** GeoNames id of the current settlement, so a rename cannot drift to a namesake. */
  geonameId: number;
}
