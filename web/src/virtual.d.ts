// Built by web/vite.config.ts from GeoNames: [name, lat, lon, 1 when a national capital].
declare module 'virtual:reference-places' {
  const places: Array<[string, number, number, number]>;
  export default places;
}
