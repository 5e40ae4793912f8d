// Titles and roles that, written before a name, say the name is a person ("Defense Secretary Lloyd Austin",
// "mayor Ihor Terekhov"), and after a comma describe the person just named ("X, the governor of ...").
// Matched case-insensitively, longest first.
export const PERSON_TITLES: readonly string[] = [
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'pope', 'patriarch',
  'minister', 'defense minister', 'defence minister', 'foreign minister', 'interior minister', 'deputy minister',
  'deputy prime minister', 'finance minister', 'energy minister', 'economy minister', 'justice minister', 'health minister',
  'secretary', 'defense secretary', 'defence secretary', 'secretary of state', 'foreign secretary', 'secretary general',
  'secretary-general', 'press secretary', 'state secretary', 'under secretary',
  'commander-in-chief', 'commander in chief', 'commander', 'deputy commander', 'chief of staff', 'chief of the general staff',
  'general', 'gen.', 'lieutenant general', 'lt. gen.', 'lt. general', 'major general', 'maj. gen.', 'brigadier general',
  'colonel', 'col.', 'colonel general', 'lieutenant colonel', 'lt. col.', 'major', 'maj.', 'captain', 'capt.', 'lieutenant',
  'lt.', 'sergeant', 'sgt.', 'admiral', 'adm.', 'vice admiral', 'marshal', 'private', 'soldier', 'serviceman', 'fighter',
  'mayor', 'deputy mayor', 'governor', 'regional governor', 'head', 'chief', 'leader', 'director', 'director general',
  'spokesman', 'spokeswoman', 'spokesperson', 'press officer', 'adviser', 'advisor', 'aide', 'ambassador', 'envoy', 'ombudsman',
  'senator', 'sen.', 'congressman', 'congresswoman', 'rep.', 'representative', 'lawmaker', 'mp', 'deputy', 'speaker',
  'prosecutor', 'prosecutor general', 'judge', 'lawyer', 'attorney', 'analyst', 'expert', 'researcher', 'professor', 'prof.',
  'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'journalist', 'correspondent', 'reporter',
  'blogger', 'milblogger', 'painter', 'artist', 'writer', 'poet', 'singer', 'activist', 'opposition leader', 'oligarch',
  'businessman', 'businesswoman', 'entrepreneur', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'owner', 'manager',
  'project manager', 'head of state', 'first lady', 'officer', 'official', 'diplomat', 'politician', 'volunteer', 'medic',
  'doctor', 'priest', 'bishop', 'metropolitan', 'resident', 'witness', 'survivor', 'mother', 'father', 'wife', 'husband',
  'son', 'daughter', 'brother', 'sister', 'coach', 'player', 'athlete', 'boxer', 'footballer', 'counselor', 'counsellor',
  'minister counselor', 'attaché', 'consul', 'consul general', 'rector', 'dean', 'student', 'teacher',
];

/** Titles that may stand for the person already named in the document ("the president" = Zelensky). */
export const REFERRING_TITLES: readonly string[] = [
  'president', 'prime minister', 'defense minister', 'defence minister', 'foreign minister', 'defense secretary',
  'defence secretary', 'secretary of state', 'chancellor', 'commander-in-chief', 'mayor', 'governor', 'secretary general',
  'secretary-general', 'pope',
];
