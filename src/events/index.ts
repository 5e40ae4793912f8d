// The events stage: every event each section reports, by the rules in ./rules.
import type { AnnotatedDocument } from '../annotate/types.js';
import type { SitrepEvent } from './types.js';

export function extractEvents(_doc: AnnotatedDocument): SitrepEvent[] {
  return [];
}
