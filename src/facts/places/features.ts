// Regions, waters and landmarks that are not settlements, so GeoNames cities500 lacks them.
// Positions are representative points (a river's stretch through the war zone, a region's centre).
import type { FeatureFact } from './types.js';

export const FEATURES: readonly FeatureFact[] = [
  { name: 'Donbas', names: ['Donbas', 'Donbass', 'Донбас', 'Донбасс'], kind: 'region', country: 'UA', admin1: null, lat: 48.3, lon: 38.3, geonameId: null },
  { name: 'Dnipro River', names: ['Dnipro River', 'Dnieper', 'Dnieper River', 'Dnepr', 'Dnepr River', 'Дніпро', 'Днепр'], kind: 'water', country: 'UA', admin1: null, lat: 46.85, lon: 33.3, geonameId: null },
  { name: 'Siverskyi Donets', names: ['Siverskyi Donets', 'Seversky Donets', 'Severskiy Donets', 'Donets River', 'Сіверський Донець', 'Северский Донец'], kind: 'water', country: 'UA', admin1: null, lat: 48.95, lon: 37.9, geonameId: null },
  { name: 'Southern Bug', names: ['Southern Bug', 'Pivdennyi Buh', 'Південний Буг', 'Южный Буг'], kind: 'water', country: 'UA', admin1: 'Mykolaiv', lat: 47.1, lon: 31.5, geonameId: null },
  { name: 'Inhulets', names: ['Inhulets River', 'Ingulets River'], kind: 'water', country: 'UA', admin1: 'Kherson', lat: 47.0, lon: 33.0, geonameId: null },
  { name: 'Oskil', names: ['Oskil River', 'Oskol River', 'Oskil', 'Oskol'], kind: 'water', country: 'UA', admin1: 'Kharkiv', lat: 49.3, lon: 37.65, geonameId: null },
  { name: 'Black Sea', names: ['Black Sea', 'Чорне море', 'Черное море'], kind: 'water', country: 'UA', admin1: null, lat: 44.0, lon: 33.0, geonameId: null },
  { name: 'Sea of Azov', names: ['Sea of Azov', 'Azov Sea', 'Азовське море', 'Азовское море'], kind: 'water', country: 'UA', admin1: null, lat: 46.1, lon: 36.6, geonameId: null },
  { name: 'Kinburn Spit', names: ['Kinburn Spit', 'Kinburn Peninsula'], kind: 'feature', country: 'UA', admin1: 'Mykolaiv', lat: 46.55, lon: 31.6, geonameId: null },
  { name: 'Snake Island', names: ['Snake Island', 'Zmiinyi Island', 'Zmiinyi', 'Зміїний'], kind: 'feature', country: 'UA', admin1: 'Odesa', lat: 45.255, lon: 30.204, geonameId: null },
  { name: 'Kerch Strait', names: ['Kerch Strait', 'Kerch Bridge', 'Crimean Bridge'], kind: 'feature', country: 'UA', admin1: 'Crimea', lat: 45.3, lon: 36.5, geonameId: null },
  { name: 'Zaporizhzhia Nuclear Power Plant', names: ['Zaporizhzhia Nuclear Power Plant', 'Zaporizhzhia NPP', 'ZNPP'], kind: 'feature', country: 'UA', admin1: 'Zaporizhia', lat: 47.512, lon: 34.585, geonameId: null },
  { name: 'Kakhovka Reservoir', names: ['Kakhovka Reservoir', 'Kakhovka Dam', 'Kakhovka dam', 'Kakhovka hydroelectric power plant'], kind: 'water', country: 'UA', admin1: 'Kherson', lat: 46.778, lon: 33.37, geonameId: null },
  { name: 'Chornobyl Exclusion Zone', names: ['Chornobyl Exclusion Zone', 'Chernobyl Exclusion Zone', 'Chornobyl NPP', 'Chernobyl nuclear power plant'], kind: 'feature', country: 'UA', admin1: 'Kyiv', lat: 51.39, lon: 30.1, geonameId: null },
];
