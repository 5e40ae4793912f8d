// Telegram Desktop's channel export (result.json) as documents: one per message with text. Each message
// becomes a small HTML page (text escaped) whose metadata the cleaner already reads: og:site_name = the
// channel (so corroboration counts each channel as its own outlet, not all of them as "t.me"), author =
// where a forwarded post came from, article:published_time = the message's UTC time. Stored as a
// JSON document line ({id, url, html, published}), so the ledger rebuilds it the way it does .jsonl lines.
import { ERROR_CODES, SitrepError } from '../errors.js';
import { decodeUtf8 } from './decode.js';
import { contentHash } from './hash.js';
import type { SourceDocument } from './source.js';

/** What an export held besides documents: counted, so that a summary can say what was left out and why. */
export interface TelegramSkips {
  /** Service messages (a channel created, a photo changed, a pin): no post to read. */
  service: number;
  /** Messages without text (a photo or a sticker alone). */
  empty: number;
}

interface Message {
  id: number;
  type: string;
  date?: string;
  date_unixtime?: string;
  edited?: string;
  edited_unixtime?: string;
  forwarded_from?: string | null;
  text?: string | Array<string | { type?: string; text?: string }>;
}

interface Export {
  name?: string;
  type?: string;
  id?: number;
  username?: string;
  messages: Message[];
}

/** True for the shape Telegram Desktop writes: an object with a messages array of {id, type}. */
export function isTelegramExport(value: unknown): value is Export {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const m = (value as { messages?: unknown }).messages;
  return Array.isArray(m) && m.every((x) => typeof x === 'object' && x !== null && typeof (x as Message).id === 'number' && typeof (x as Message).type === 'string');
}

/** A message's text: a plain string, or entity parts (links, bold, mentions) joined back into one string. */
export function messageText(text: Message['text']): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((p) => (typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '')).join('');
}

/**
 * The message's time in UTC. date_unixtime is UTC seconds; `date` is the exporting machine's local time
 * without a zone, so it is used only when unixtime is missing, and then as a bare local date-time.
 */
function timeOf(unix: string | undefined, local: string | undefined): string | null {
  const secs = unix !== undefined ? Number(unix) : NaN;
  if (Number.isFinite(secs) && secs > 0) return new Date(secs * 1000).toISOString().replace('.000Z', 'Z');
  return local && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(local) ? local : null;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The channel's part of a t.me link: its public username when the export names one, else "c/<id>", the
 * form Telegram uses for a channel by number (a private channel's links work only for its members).
 */
export function channelPath(exp: Export): string {
  if (typeof exp.username === 'string' && /^[A-Za-z0-9_]{4,}$/.test(exp.username)) return exp.username;
  if (typeof exp.id === 'number') return `c/${String(exp.id).replace(/^-100/, '')}`;
  throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, 'a Telegram export without the channel id or username cannot link its posts', {});
}

function pageOf(channel: string, text: string, published: string | null, forwardedFrom: string | null, edited: string | null): string {
  const meta = [
    `<meta property="og:site_name" content="${escapeHtml(channel)}">`,
    published ? `<meta property="article:published_time" content="${published}">` : '',
    edited ? `<meta property="article:modified_time" content="${edited}">` : '',
    forwardedFrom ? `<meta name="author" content="${escapeHtml(`forwarded from ${forwardedFrom}`)}">` : '',
  ].join('');
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`).join('');
  const origin = forwardedFrom ? `<p>Forwarded from ${escapeHtml(forwardedFrom)}</p>` : '';
  return `<!doctype html><html><head><meta charset="utf-8">${meta}<title>${escapeHtml(channel)}</title></head><body><article>${origin}${paragraphs}</article></body></html>`;
}

/**
 * The documents of an export, in message order, and what was skipped. The URL is the post's link; an
 * edited post keeps its URL with the edited text, so ingesting a newer export stores the edit as the
 * same link's new version.
 */
export function telegramDocuments(exp: Export, sourcePath: string | null): { documents: SourceDocument[]; skipped: TelegramSkips } {
  const channel = typeof exp.name === 'string' && exp.name.trim() ? exp.name.trim() : channelPath(exp);
  const path = channelPath(exp);
  const skipped: TelegramSkips = { service: 0, empty: 0 };
  const documents: SourceDocument[] = [];
  for (const m of exp.messages) {
    if (m.type !== 'message') {
      skipped.service++;
      continue;
    }
    const text = messageText(m.text).trim();
    if (!text) {
      skipped.empty++;
      continue;
    }
    const url = `https://t.me/${path}/${m.id}`;
    const published = timeOf(m.date_unixtime, m.date);
    const edited = timeOf(m.edited_unixtime, m.edited);
    const line = { id: url, url, html: pageOf(channel, text, published, m.forwarded_from ?? null, edited), ...(published ? { published } : {}) };
    const raw = new TextEncoder().encode(JSON.stringify(line));
    documents.push({ hash: contentHash(raw), kind: 'html', container: 'jsonl', name: url, sourcePath, sourceLine: null, url, givenPublished: published, raw });
  }
  return { documents, skipped };
}

/** Reads result.json's bytes; a .json file that is not a Telegram export is refused with the reason. */
export function parseTelegramExport(bytes: Uint8Array, where: string): Export {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch (err) {
    throw new SitrepError(ERROR_CODES.BAD_JSON, `${where}: not valid JSON (${(err as Error).message})`, { path: where }, { cause: err });
  }
  if (!isTelegramExport(value)) {
    throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, `${where}: a .json file sitrep reads is a Telegram Desktop channel export (result.json with "messages"); for documents use .jsonl`, { path: where });
  }
  return value;
}
