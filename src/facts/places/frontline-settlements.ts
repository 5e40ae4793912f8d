// Front-line settlements that war reporting names often but GeoNames cities500 lacks (their population
// is missing or under 500 there). Positions from public maps, to about ±3 km; no GeoNames id is claimed.
export interface SettlementFact {
  name: string;
  names: string[];
  admin1: string;
  lat: number;
  lon: number;
}

type Row = [name: string, admin1: string, lat: number, lon: number, names: string[]];

const ROWS: Row[] = [
  ['Vuhledar', 'Donetsk', 47.78, 37.25, ['Ugledar', 'Вугледар', 'Угледар']],
  ['Svitlodarsk', 'Donetsk', 48.43, 38.22, ['Svetlodarsk', 'Світлодарськ', 'Светлодарск']],
  ['Klishchiivka', 'Donetsk', 48.53, 37.97, ['Klishchiyivka', 'Kleshcheevka', 'Кліщіївка']],
  ['Ocheretyne', 'Donetsk', 48.27, 37.61, ['Ocheretino', 'Очеретине', 'Очеретино']],
  ['Niu-York', 'Donetsk', 48.33, 37.83, ['New York', 'Novhorodske', 'Novgorodskoye', 'Нью-Йорк']],
  ['Robotyne', 'Zaporizhia', 47.45, 35.84, ['Rabotino', 'Роботине', 'Работино']],
  ['Staromaiorske', 'Donetsk', 47.80, 36.73, ['Staromayorske', 'Staromayorskoye', 'Старомайорське']],
  ['Verbove', 'Zaporizhia', 47.45, 35.97, ['Verbovoye', 'Вербове']],
  ['Krynky', 'Kherson', 46.73, 33.09, ['Krinki', 'Кринки']],
  ['Kozachi Laheri', 'Kherson', 46.72, 32.94, ['Kazachi Lageri', 'Козачі Лагері']],
  ['Davydiv Brid', 'Kherson', 47.19, 33.18, ['Davydov Brod', 'Давидів Брід']],
  ['Lyptsi', 'Kharkiv', 50.20, 36.43, ['Liptsy', 'Липці']],
  ['Zolote', 'Luhansk', 48.70, 38.52, ['Zolotoye', 'Золоте']],
];

export const FRONTLINE_SETTLEMENTS: readonly SettlementFact[] = ROWS.map(([name, admin1, lat, lon, names]) => ({
  name, admin1, lat, lon, names,
}));
