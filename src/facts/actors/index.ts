// The actor facts: people, organisations, state institutions, force and social groups, titles.
import type { PersonFact } from './types.js';
import { UKRAINE_PEOPLE } from './people/ukraine.js';
import { RUSSIA_PEOPLE } from './people/russia.js';
import { WORLD_PEOPLE } from './people/world.js';

export * from './types.js';
export * from './countries.js';
export { ORGANISATIONS } from './organisations.js';
export { MEDIA } from './media.js';
export { INSTITUTIONS } from './institutions.js';
export { FORCE_NOUNS, RUSSIAN_FORCE_PHRASES, PROXY_FORCE_PHRASES, SOCIAL_GROUPS } from './groups.js';
export { PERSON_TITLES, REFERRING_TITLES } from './titles.js';
export { FIRST_NAMES } from './first-names.js';

export const PEOPLE: readonly PersonFact[] = [...UKRAINE_PEOPLE, ...RUSSIA_PEOPLE, ...WORLD_PEOPLE];
