// Cross-validated batch output for `npm run eval`: every labelled corpus is annotated with its candidates, each
// document's candidates are scored by a decision trained on the folds without it, and the candidates it keeps at
// the committed threshold become that document's events. The shared scorers then judge these lines as they
// would `sitrep annotate`'s, so the figures are those of a model that never saw the document.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISION_WEIGHTS } from '../../src/events/decision/weights.js';
import { keeps } from '../../src/events/decision/model.js';
import { foldKept } from '../../src/events/fold-kept.js';
import { annotateCorpus, crossValidateRepeated, type CandidateDoc, type Corpus } from './train.js';

export const FOLDS = 5;
/** Partitions the cross-validation is repeated over; the figures are their mean (see crossValidateRepeated). */
export const REPEATS = 3;

/** The AEB dev pages by topic, judged by hand (eval/aeb-topics.json). */
export function aebTopics(root: string): { politics: string[]; notWarOrPolitics: string[] } {
  return JSON.parse(readFileSync(join(root, 'eval', 'aeb-topics.json'), 'utf8')) as { politics: string[]; notWarOrPolitics: string[] };
}

export function trainingCorpora(shared: string, root: string): Corpus[] {
  const c = join(shared, 'corpora');
  return [
    { name: 'news', texts: join(c, 'news'), gold: join(c, 'news-events', 'gold-dev.jsonl') },
    { name: 'isw', texts: join(c, 'isw-events', 'texts'), gold: join(c, 'isw-events', 'gold-dev.jsonl') },
    { name: 'acled', table: join(c, 'acled', 'acled-ukraine.csv') },
    // One civilian-harm event per row; a sample of 400 of the 2,606 rows, so that captions teach without outweighing the rest.
    { name: 'cir', table: join(c, 'cir', 'events.csv'), format: 'cir', sample: 400 },
    // Pages about neither war nor politics (sport, shopping, technology): no candidate on them is an event.
    { name: 'aeb', aeb: { groundTruth: join(c, 'aeb', 'ground-truth.json'), html: join(c, 'aeb', 'html'), ids: aebTopics(root).notWarOrPolitics } },
  ];
}

let memo: CandidateDoc[][] | null = null;

/** Out-of-fold candidates of every training corpus, one run per repeat, computed once per process. */
export function outOfFold(root: string, shared: string): CandidateDoc[][] {
  memo ??= crossValidateRepeated(trainingCorpora(shared, root).flatMap((c) => annotateCorpus(root, shared, c)), FOLDS, REPEATS);
  return memo;
}

/** Writes one corpus's cross-validated batch output, one file per repeat (`pathOf(repeat)`); returns the paths. */
export function writeCrossValidated(root: string, shared: string, corpus: string, pathOf: (repeat: number) => string): string[] {
  return outOfFold(root, shared).map((run, repeat) => {
    const lines = run
      .filter((d) => d.corpus === corpus)
      .map((d) => JSON.stringify({
        id: d.id,
        events: foldKept(d.candidates.filter((c) => keeps(c.confidence, c.topic ?? 1, DECISION_WEIGHTS.threshold))).kept.map(({ features: _, topic: __, ...event }) => event),
      }));
    const path = pathOf(repeat);
    writeFileSync(path, lines.join('\n') + '\n');
    return path;
  });
}
