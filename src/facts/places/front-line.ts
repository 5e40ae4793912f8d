// Where the war is fought: points along the line of contact (2014-22 in Donbas, 2022-24 from the Dnipro to
// Kharkiv Oblast) and along the border with Russia that is shelled daily (Kharkiv, Sumy, Chernihiv oblasts).
// War reporting names the villages near these; of namesakes, the one near the line is the likelier.
// Positions from public maps, each within about 10 km of the line; the list is deliberately coarse.
export interface FrontPoint {
  name: string;
  lat: number;
  lon: number;
}

type Row = [name: string, lat: number, lon: number];

const ROWS: Row[] = [
  // 2022-24, south to north: the Dnipro in Kherson Oblast, Zaporizhzhia, Donetsk, Luhansk, Kharkiv.
  ['Kherson', 46.64, 32.62], ['Kozachi Laheri', 46.72, 32.94], ['Nova Kakhovka', 46.75, 33.37], ['Beryslav', 46.84, 33.43],
  ['Davydiv Brid', 47.19, 33.18], ['Vysokopillia', 47.49, 33.53], ['Nikopol', 47.57, 34.39], ['Kamianka-Dniprovska', 47.48, 34.42],
  ['Vasylivka', 47.44, 35.28], ['Stepnohirsk', 47.59, 35.30], ['Orikhiv', 47.57, 35.78], ['Robotyne', 47.45, 35.84],
  ['Verbove', 47.45, 35.97], ['Polohy', 47.48, 36.25], ['Huliaipole', 47.66, 36.26], ['Staromaiorske', 47.80, 36.73],
  ['Velyka Novosilka', 47.84, 36.82], ['Vuhledar', 47.78, 37.25], ['Kurakhove', 47.98, 37.28], ['Marinka', 47.94, 37.50],
  ['Krasnohorivka', 48.00, 37.51], ['Selydove', 48.15, 37.30], ['Pokrovsk', 48.28, 37.18], ['Avdiivka', 48.14, 37.74],
  ['Ocheretyne', 48.27, 37.61], ['Niu-York', 48.33, 37.83], ['Toretsk', 48.40, 37.85], ['Chasiv Yar', 48.59, 37.84],
  ['Bakhmut', 48.59, 38.00], ['Soledar', 48.69, 38.07], ['Siversk', 48.87, 38.09], ['Bilohorivka', 48.93, 38.25],
  ['Kreminna', 49.05, 38.22], ['Svatove', 49.41, 38.15], ['Kupiansk', 49.71, 37.62], ['Dvorichna', 49.85, 37.68],
  ['Vovchansk', 50.29, 36.94], ['Lyptsi', 50.20, 36.43],
  // 2014-22 in Donbas.
  ['Shyrokyne', 47.09, 37.77], ['Vodiane', 47.21, 37.58], ['Hnutove', 47.25, 37.73], ['Novotroitske', 47.73, 37.57],
  ['Opytne', 48.10, 37.80], ['Horlivka', 48.33, 38.05], ['Svitlodarsk', 48.43, 38.22], ['Popasna', 48.63, 38.38],
  ['Zolote', 48.70, 38.52], ['Krymske', 48.75, 38.83], ['Shchastia', 48.74, 39.23], ['Stanytsia Luhanska', 48.65, 39.49],
  // The border with Russia, east to west.
  ['Velykyi Burluk', 50.06, 37.39], ['Kozacha Lopan', 50.33, 36.20], ['Zolochiv', 50.28, 35.98], ['Velyka Pysarivka', 50.43, 35.47],
  ['Krasnopillia', 50.77, 35.27], ['Khotin', 51.00, 34.80], ['Bilopillia', 51.15, 34.31], ['Yunakivka', 51.00, 35.00],
  ['Seredyna-Buda', 52.19, 34.03], ['Shostka', 51.86, 33.48], ['Novhorod-Siverskyi', 52.00, 33.26], ['Semenivka', 52.18, 32.58],
];

export const FRONT_LINE: readonly FrontPoint[] = ROWS.map(([name, lat, lon]) => ({ name, lat, lon }));
