// First-level areas of Ukraine's neighbours that war reporting names: Russian and Belarusian border
// regions, Polish border voivodeships, Moldova's Transnistria. GeoNames admin1 codes, seats and centroids.
import type { AdminAreaFact } from './types.js';

type Row = [country: string, code: string, name: string, seat: [number, string, number, number], centroid: [number, number],
  names: string[], adjectives: string[]];

const ROWS: Row[] = [
  ['RU', '09', 'Belgorod', [578072, 'Belgorod', 50.61074, 36.58015], [50.7, 37.4],
    ['Belgorod', 'Bilhorod', 'Белгород', 'Бєлгород', 'Белгородчина'], ['Belgorodskaya', 'Белгородская', 'Бєлгородська']],
  ['RU', '41', 'Kursk', [538560, 'Kursk', 51.73733, 36.18735], [51.6, 36.1],
    ['Kursk', 'Курск', 'Курщина'], ['Kurskaya', 'Курская', 'Курська']],
  ['RU', '10', 'Bryansk', [571476, 'Bryansk', 53.25209, 34.37167], [52.9, 33.4],
    ['Bryansk', 'Briansk', 'Брянск', 'Брянщина'], ['Bryanskaya', 'Брянская', 'Брянська']],
  ['RU', '61', 'Rostov', [501175, 'Rostov-on-Don', 47.23135, 39.72328], [47.7, 41.2],
    ['Rostov', 'Ростов'], ['Rostovskaya', 'Ростовская', 'Ростовська']],
  ['RU', '86', 'Voronezh', [472045, 'Voronezh', 51.67204, 39.1843], [50.9, 40.0],
    ['Voronezh', 'Воронеж'], ['Voronezhskaya', 'Воронежская', 'Воронезька']],
  ['RU', '38', 'Krasnodar', [542420, 'Krasnodar', 45.04484, 38.97603], [45.3, 39.2],
    ['Krasnodar Krai', 'Kuban', 'Краснодарский край', 'Кубань'], ['Krasnodarskiy', 'Краснодарский']],
  ['RU', '69', 'Smolensk', [491687, 'Smolensk', 54.77944, 32.04371], [55.0, 33.0],
    ['Smolensk', 'Смоленск'], ['Smolenskaya', 'Смоленская']],
  ['RU', '56', 'Oryol', [515012, 'Oryol', 52.96508, 36.07849], [52.8, 36.5],
    ['Oryol', 'Orel', 'Орёл', 'Орел'], ['Orlovskaya', 'Орловская']],
  ['RU', '48', 'Moscow City', [524901, 'Moscow', 55.75222, 37.61556], [55.75, 37.62],
    ['Moscow City'], []],
  ['RU', '47', 'Moscow', [524901, 'Moscow', 55.75222, 37.61556], [55.6, 37.4],
    ['Moscow Region', 'Podmoskovye', 'Подмосковье'], ['Moskovskaya', 'Московская']],
  ['BY', '02', 'Gomel', [627907, 'Gomel', 52.4345, 30.9754], [52.3, 29.8],
    ['Gomel', 'Homel', 'Homyel', 'Гомель', 'Гомель'], ['Gomelskaya', 'Homyelskaya', 'Гомельская', 'Гомельська']],
  ['BY', '01', 'Brest', [629634, 'Brest', 52.09755, 23.68775], [52.4, 25.5],
    ['Brest', 'Брест'], ['Brestskaya', 'Брестская']],
  ['BY', '06', 'Mogilev', [625665, 'Mogilev', 53.9168, 30.3449], [53.7, 30.5],
    ['Mogilev', 'Mahilyow', 'Mahilyou', 'Могилёв', 'Могилев'], ['Mogilevskaya', 'Могилевская']],
  ['PL', '80', 'Podkarpackie', [759734, 'Rzeszów', 50.04132, 21.99901], [49.95, 22.15],
    ['Podkarpackie', 'Subcarpathia', 'Subcarpathian Voivodeship', 'Podkarpackie Voivodeship'], []],
  ['PL', '75', 'Lublin', [765876, 'Lublin', 51.25, 22.56667], [51.2, 22.9],
    ['Lublin Voivodeship', 'Lubelskie'], []],
  ['MD', '58', 'Transnistria', [617239, 'Tiraspol', 46.84274, 29.62909], [47.25, 29.3],
    ['Transnistria', 'Pridnestrovie', 'Приднестровье', 'Придністров’я'], []],
];

/** Areas on Ukraine's land border, by country and GeoNames code. */
const BORDERING = new Set(['RU.09', 'RU.41', 'RU.10', 'RU.61', 'RU.86', 'BY.02', 'BY.01', 'PL.80', 'PL.75', 'MD.58']);

export const NEIGHBOUR_REGIONS: readonly AdminAreaFact[] = ROWS.map(
  ([country, code, name, seat, centroid, names, adjectives]) => ({
    country,
    code,
    name,
    seat: { geonameId: seat[0], name: seat[1], lat: seat[2], lon: seat[3] },
    centroid: { lat: centroid[0], lon: centroid[1] },
    names,
    adjectives,
    bordersUkraine: BORDERING.has(`${country}.${code}`),
  }),
);
