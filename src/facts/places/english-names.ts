// Places whose GeoNames main name is not the one English war reporting uses: GeoNames keeps a Russian form
// ("Svetlodarsk") or a proposed renaming ("Siverskodonetsk"). The place keeps every name it answers to;
// this is only the name sitrep writes for it. Ids are GeoNames ids.
type Row = [geonameId: number, english: string];

const ROWS: Row[] = [
  [691999, 'Sievierodonetsk'],
  [692093, 'Svitlodarsk'],
  // Abroad, GeoNames writes some cities in their own language's romanisation or with a suffix English drops.
  [501175, 'Rostov-on-Don'],
  [520555, 'Nizhny Novgorod'],
  [5128581, 'New York'],
];

export const ENGLISH_NAMES: ReadonlyMap<number, string> = new Map(ROWS);
