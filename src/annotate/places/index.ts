// Places: gazetteer lookup of capitalised names. (The gazetteer lands with the places work.)
import type { PlaceMention, Sentence } from '../types.js';

export function findPlaces(_text: string, _sentences: Sentence[]): PlaceMention[] {
  return [];
}
