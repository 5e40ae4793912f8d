// The layers of src/, top to bottom, by folder (or top-level file): the one place they are written down.
// The rule in one line: edges -> ledger/queue -> pipeline -> stages -> text/facts. A module may import
// from its own folder and from any folder listed after its own, never from one listed before it: so a
// stage may use a stage that runs before it in the pipeline (events reads annotations), never one after
// it, and the queue may use the ledger but not the reverse.
export const LAYERS: ReadonlyArray<{ layer: string; folders: readonly string[] }> = [
  { layer: 'edges', folders: ['edges'] },
  { layer: 'ledger/queue', folders: ['queue', 'ledger'] },
  // The contract line a processed document is written out as, the pipeline, and the language packs it
  // picks the language's stages and lexicons from.
  { layer: 'pipeline', folders: ['contract', 'pipeline.ts', 'lang'] },
  // In reverse pipeline order: a stage may import from the stages listed after it (those that run before it).
  { layer: 'stages', folders: ['events', 'annotate', 'dating', 'repair', 'clean', 'ingest'] },
  { layer: 'text/facts', folders: ['facts', 'text'] },
  // The one place errors are defined: every layer throws them.
  { layer: 'errors', folders: ['errors.ts'] },
];
