// Reading contract JSON back (an event or line from the ledger, a job's output from the queue): the
// stored shape is schema.ts's, so a stored event is read as a ContractEvent; these readers are for the
// few fields whose absence must be tolerated (lines stored by older pipeline versions, foreign JSON),
// each returning the value when it has the type asked for and null otherwise. One copy, for every layer.
import type { ContractEvent } from './schema.js';

/** A JSON object of unknown shape. */
export type JsonObject = Record<string, unknown>;

export const obj = (v: unknown): JsonObject | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : null);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** A finite number, else null. */
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A finite number rounded to an integer, else null. */
export const int = (v: unknown): number | null => {
  const n = num(v);
  return n === null ? null : Math.round(n);
};

/** A stored event's JSON text, as the contract event it was written from. */
export const parseEvent = (json: string): ContractEvent => JSON.parse(json) as ContractEvent;
