import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AircraftItem } from '@/lib/aircraft/present';
import { aircraftFeatures } from '@/lib/map/aircraft';

type MapLib = typeof import('maplibre-gl');

/**
 * The aircraft on the map: one GeoJSON source, one symbol layer of plane icons rotated to their track (icons need
 * no glyphs, which the offline basemap has none of), and the label on hover. Works on MapLibre and Mapbox GL alike.
 */

const SOURCE = 'aircraft';
export const AIRCRAFT_LAYER = 'aircraft';
const ICON = 'aircraft-icon';
const ICON_PX = 48;

// A plane seen from above, nose up (north), in a 24-unit box.
const PLANE = 'M12 1.5 L13.6 9 L22.5 14 L22.5 16 L13.6 13.6 L13.1 19 L16.2 21.2 L16.2 22.6 L12 21.6 L7.8 22.6 L7.8 21.2 L10.9 19 L10.4 13.6 L1.5 16 L1.5 14 L10.4 9 Z';

function planeIcon(fill: string, outline: string): ImageData | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = ICON_PX;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.scale(ICON_PX / 24, ICON_PX / 24);
  const path = new Path2D(PLANE);
  ctx.lineWidth = 1.2;
  ctx.strokeStyle = outline;
  ctx.stroke(path);
  ctx.fillStyle = fill;
  ctx.fill(path);
  return ctx.getImageData(0, 0, ICON_PX, ICON_PX);
}

export function addAircraftLayer(map: MapLibreMap, lib: MapLib, dark: boolean): void {
  const icon = planeIcon(dark ? '#fbbf24' : '#b45309', dark ? '#111827' : '#ffffff');
  if (!icon) return;
  map.addImage(ICON, icon, { pixelRatio: 2 });
  map.addSource(SOURCE, { type: 'geojson', data: aircraftFeatures([]) });
  map.addLayer({
    id: AIRCRAFT_LAYER,
    type: 'symbol',
    source: SOURCE,
    layout: {
      'icon-image': ICON,
      'icon-rotate': ['get', 'track'],
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': ['case', ['get', 'on_ground'], 0.7, 1],
    },
  });
  const popup = new lib.Popup({ closeButton: false, closeOnClick: false, offset: 14, className: 'aircraft-popup' });
  map.on('mousemove', AIRCRAFT_LAYER, (e) => {
    const f = e.features?.[0];
    if (!f || f.geometry.type !== 'Point') return;
    map.getCanvas().style.cursor = 'pointer';
    // Text, never HTML: callsigns come from a third party.
    popup.setLngLat(f.geometry.coordinates as [number, number]).setText(String(f.properties.label)).addTo(map);
  });
  map.on('mouseleave', AIRCRAFT_LAYER, () => {
    map.getCanvas().style.cursor = '';
    popup.remove();
  });
}

export function showAircraft(map: MapLibreMap, items: readonly AircraftItem[]): void {
  (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(aircraftFeatures(items));
}
