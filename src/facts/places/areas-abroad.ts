// First-level areas abroad that war reporting names, by a city that lies in each (GeoNames id of the
// city): the capitals of Europe and of the countries that take part in the war's diplomacy, and the big
// cities news datelines name. GeoNames cities500 gives each place an area code but no area name; every
// place sharing the city's country and area code gets the name. Ukraine and its border regions are in
// ua-oblasts.ts and neighbour-regions.ts.
type Row = [cityGeonameId: number, area: string];

const ROWS: Row[] = [
  [2950159, 'Berlin'], [2867714, 'Bavaria'], [2911298, 'Hamburg'], [2988507, 'Île-de-France'],
  [3117735, 'Community of Madrid'], [3169070, 'Lazio'], [756135, 'Masovian'], [593116, 'Vilnius County'],
  [456172, 'Riga'], [588409, 'Harju County'], [2800866, 'Brussels-Capital Region'], [4140963, 'District of Columbia'],
  [5128581, 'New York'], [2643743, 'England'], [498817, 'Saint Petersburg'], [745044, 'Istanbul'], [323786, 'Ankara'],
  [323777, 'Antalya'], [611717, 'Tbilisi'], [792680, 'Belgrade'], [3183875, 'Tirana'], [170654, 'Damascus'],
  [1816670, 'Beijing'], [3054643, 'Budapest'], [683506, 'Bucharest'], [625144, 'Minsk City'], [2761369, 'Vienna'],
  [3067696, 'Prague'], [3060972, 'Bratislava'], [2759794, 'North Holland'], [2747373, 'South Holland'],
  [2673730, 'Stockholm'], [658225, 'Uusimaa'], [3143244, 'Oslo'], [2618425, 'Capital Region of Denmark'],
  [2267057, 'Lisbon'], [264371, 'Attica'], [727011, 'Sofia City'], [3186886, 'City of Zagreb'], [618426, 'Chișinău'],
  [616052, 'Yerevan'], [587084, 'Baku'], [1526273, 'Astana'], [1512569, 'Tashkent'], [112931, 'Tehran'],
  [281184, 'Jerusalem'], [293397, 'Tel Aviv'], [1850147, 'Tokyo'], [6094817, 'Ontario'], [472757, 'Volgograd'],
  [993800, 'Gauteng'],
];

export const AREAS_ABROAD: ReadonlyArray<readonly [number, string]> = ROWS;
