// Settlements renamed since 2016 (decommunisation), in 2022-24 (derussification), and the Russian forms
// that stayed in use. Each points at the current GeoNames id, so the old name lands on the right place.
import type { RenameFact } from './types.js';

type Row = [old: string, current: string, geonameId: number];

const ROWS: Row[] = [
  ['Artemivsk', 'Bakhmut', 713174],
  ['Artyomovsk', 'Bakhmut', 713174],
  ['Tsiurupynsk', 'Oleshky', 691037],
  ['Tsyurupinsk', 'Oleshky', 691037],
  ['Dnipropetrovsk', 'Dnipro', 709930],
  ['Dnepropetrovsk', 'Dnipro', 709930],
  ['Kirovohrad', 'Kropyvnytskyi', 705812],
  ['Kirovograd', 'Kropyvnytskyi', 705812],
  ['Kharkov', 'Kharkiv', 706483],
  ['Nikolaev', 'Mykolaiv', 700569],
  ['Nikolayev', 'Mykolaiv', 700569],
  ['Zaporozhye', 'Zaporizhzhia', 687700],
  ['Lugansk', 'Luhansk', 702658],
  ['Odessa', 'Odesa', 698740],
  ['Chernigov', 'Chernihiv', 710735],
  ['Zhdanov', 'Mariupol', 701822],
  ['Kiev', 'Kyiv', 703448],
  ['Krasnoarmiisk', 'Pokrovsk', 704422],
  ['Krasnoarmeysk', 'Pokrovsk', 704422],
  ['Dymytrov', 'Myrnohrad', 710035],
  ['Komsomolsk', 'Horishni Plavni', 6559559],
  ['Krasnyi Lyman', 'Lyman', 704204],
  ['Krasny Liman', 'Lyman', 704204],
  ['Ordzhonikidze', 'Pokrov', 698436],
  ['Kotovsk', 'Podilsk', 704679],
  ['Dzerzhynsk', 'Toretsk', 709354],
  ['Dzerzhinsk', 'Toretsk', 709354],
  ['Severodonetsk', 'Sievierodonetsk', 691999],
  ['Pereiaslav-Khmelnytskyi', 'Pereiaslav', 697637],
  ['Krasnodon', 'Sorokyne', 704403],
  ['Krasnyi Luch', 'Khrustalnyi', 704202],
  ['Zviahel', 'Novohrad-Volynskyi', 699553],
  ['Izyum', 'Izium', 707292],
  ['Kupyansk', 'Kupiansk', 703656],
  ['Slavyansk', 'Sloviansk', 693468],
  ['Gorlovka', 'Horlivka', 707753],
  ['Makeyevka', 'Makiivka', 702320],
  ['Yenakiyevo', 'Yenakiieve', 688148],
  ['Energodar', 'Enerhodar', 709276],
];

export const RENAMES: readonly RenameFact[] = ROWS.map(([old, current, geonameId]) => ({ old, current, geonameId }));
