// Every timex rule, in priority order: when two matches overlap, the longer wins, and on equal length the earlier rule.
import { ABSOLUTE_RULES } from './absolute.js';
import { ANCHORED_RULES } from './anchored.js';
import { CLOCK_RULES } from './clock.js';
import { DEICTIC_RULES } from './deictic.js';
import { DURATION_RULES } from './durations.js';
import { FOREIGN_RULES } from './foreign.js';
import { RELATIVE_RULES } from './relative.js';
import { SET_RULES } from './sets.js';
import { WEEKDAY_RULES, WEEKEND_RULES } from './weekday.js';
import type { TimexRule } from './types.js';

export const TIMEX_RULES: readonly TimexRule[] = [
  ...ANCHORED_RULES,
  ...ABSOLUTE_RULES,
  ...WEEKDAY_RULES,
  ...WEEKEND_RULES,
  ...RELATIVE_RULES,
  ...DEICTIC_RULES,
  ...SET_RULES,
  ...DURATION_RULES,
  ...CLOCK_RULES,
  ...FOREIGN_RULES,
];
