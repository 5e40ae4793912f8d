// One JSONL input line to its output line, in the caller's thread and without a budget: for tests and tools
// that want the batch contract's line for a document at hand. The batch itself (batch.ts) runs each document
// in a document thread within its budget.
import { asSitrepError } from '../errors.js';
import { processDocument } from '../pipeline.js';
import { contractLine, errorLine, type ContractLine, type ContractOptions } from '../contract/line.js';
import { documentOfLine } from './batch.js';

export function annotateLine(line: string, lineNo: number, contract: ContractOptions = {}): ContractLine {
  const doc = documentOfLine(line, lineNo);
  if ('failed' in doc) return doc.failed;
  try {
    return contractLine(processDocument(doc.raw), contract);
  } catch (err) {
    return errorLine(doc.raw.id, asSitrepError(err), lineNo);
  }
}
