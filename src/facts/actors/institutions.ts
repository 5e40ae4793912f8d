// State bodies every country has. The text says whose ("Ukraine's Defense Ministry", "the Russian MoD",
// "General Staff of the Armed Forces of Ukraine"); when it does not, the document's context decides.
// An alias written in lower case ("army", "police") counts only with a qualifier in the text.
// Canonical names per side; `*` is the pattern for any other country ({country} = ACLED country name,
// {military} and {police} = the country's ACLED force names).
import type { InstitutionFact } from './types.js';

export const INSTITUTIONS: readonly InstitutionFact[] = [
  {
    kind: 'defence-ministry',
    aliases: ['Defense Ministry', 'Defence Ministry', 'Ministry of Defense', 'Ministry of Defence', 'MoD', 'MOD', 'defense ministry', 'defence ministry'],
    canonical: { UA: 'Ministry of Defence of Ukraine', RU: 'Ministry of Defence of Russia', GB: 'Ministry of Defence of the United Kingdom', US: 'US Department of Defense', '*': 'Ministry of Defence of {country}' },
  },
  {
    kind: 'foreign-ministry',
    aliases: ['Foreign Ministry', 'Ministry of Foreign Affairs', 'Foreign Affairs Ministry', 'MFA', 'foreign ministry'],
    canonical: { UA: 'Ministry of Foreign Affairs of Ukraine', RU: 'Ministry of Foreign Affairs of Russia', '*': 'Ministry of Foreign Affairs of {country}' },
  },
  {
    kind: 'interior-ministry',
    aliases: ['Interior Ministry', 'Ministry of Internal Affairs', 'Ministry of Interior', 'Internal Affairs Ministry', 'interior ministry'],
    canonical: { UA: 'Ministry of Internal Affairs of Ukraine', RU: 'Ministry of Internal Affairs of Russia', '*': 'Ministry of Internal Affairs of {country}' },
  },
  {
    kind: 'emergency-ministry',
    aliases: ['Emergencies Ministry', 'Emergency Situations Ministry', 'Ministry of Emergency Situations', 'emergencies ministry'],
    canonical: { UA: 'Police Forces of Ukraine (2019-) State Emergency Service of Ukraine', RU: 'Ministry of Emergency Situations of Russia', '*': 'Ministry of Emergency Situations of {country}' },
  },
  {
    kind: 'general-staff',
    aliases: ['General Staff', 'General Staff of the Armed Forces', 'general staff'],
    canonical: { UA: 'General Staff of the Armed Forces of Ukraine', RU: 'General Staff of the Armed Forces of Russia', '*': 'General Staff of the Armed Forces of {country}' },
  },
  {
    kind: 'armed-forces',
    aliases: ['Armed Forces', 'armed forces', 'Military Forces', 'military forces', 'Defense Forces', 'Defence Forces', 'Ground Forces', 'Army'],
    needsQualifier: true,
    canonical: { UA: 'Military Forces of Ukraine (2019-)', RU: 'Military Forces of Russia (2000-)', '*': '{military}' },
  },
  {
    kind: 'air-force',
    aliases: ['Air Force', 'air force', 'Air Forces', 'Aerospace Forces', 'VKS', 'Air Defense Forces', 'Air Defence Forces', 'air defense', 'air defence', 'Air Defense', 'Air Defence'],
    canonical: { UA: 'Military Forces of Ukraine (2019-) Air Force', RU: 'Military Forces of Russia (2000-) Air Force', '*': 'Military Forces of {country} Air Force' },
  },
  {
    kind: 'navy',
    aliases: ['Navy', 'navy', 'Naval Forces'],
    canonical: { UA: 'Military Forces of Ukraine (2019-) Navy', RU: 'Military Forces of Russia (2000-) Navy', '*': 'Military Forces of {country} Navy' },
  },
  {
    kind: 'national-guard',
    aliases: ['National Guard'],
    canonical: { UA: 'Military Forces of Ukraine (2019-) National Guard', RU: 'Police Forces of Russia (2000-) National Guard (Rosgvardia)', '*': 'National Guard of {country}' },
  },
  {
    kind: 'border-guard',
    aliases: ['Border Guard Service', 'Border Service', 'Border Guard', 'border guards', 'Border Guards', 'border service'],
    canonical: { UA: 'Police Forces of Ukraine (2019-) State Border Guard Service', RU: 'FSB Border Service of Russia', '*': 'Border Guard of {country}' },
  },
  {
    kind: 'police',
    aliases: ['police', 'Police', 'National Police', 'national police'],
    canonical: { UA: 'Police Forces of Ukraine (2019-)', RU: 'Police Forces of Russia (2000-)', '*': '{police}' },
    type: 'GROUP',
    needsQualifier: true,
  },
  {
    kind: 'prosecutor-general',
    aliases: ["Prosecutor General's Office", 'Prosecutor General’s Office', 'Office of the Prosecutor General', "prosecutor general's office"],
    canonical: { UA: "Prosecutor General's Office of Ukraine", RU: "Prosecutor General's Office of Russia", '*': "Prosecutor General's Office of {country}" },
  },
  {
    kind: 'government',
    aliases: ['government', 'authorities', 'Cabinet of Ministers'],
    needsQualifier: true,
    canonical: { UA: 'Government of Ukraine (2019-)', RU: 'Government of Russia (2000-)', '*': 'Government of {country}' },
  },
];
