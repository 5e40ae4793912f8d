// One HTTP GET of a page or a feed, bounded every way a remote server can hold us up: a connect timeout, a
// total timeout over all redirects and the whole body, a byte cap checked while streaming (so a 2 GB answer
// costs 20 MB, not 2 GB), a redirect limit, and http/https only at every hop. Every failure is a
// SitrepError (`unreadable`, or `too_large`) naming the URL; `details.transient` says whether a later try
// may succeed (timeouts, 5xx, 429) so a feed watcher knows what to retry.
// Every hop's address is checked (address-policy.ts): an address in the URL before connecting, a name on
// the addresses it resolves to, inside the connection's own lookup, so the address checked is the one
// connected to (a name that resolves to a public address once and to 127.0.0.1 the next time gains nothing).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { ERROR_CODES, SitrepError } from '../errors.js';
import { AddressPolicy, isAddress } from './address-policy.js';

export interface FetchLimits {
  /** TCP (and TLS) connection set-up. */
  connectMs: number;
  /** From the first request to the last body byte, across redirects. */
  totalMs: number;
  /** Bytes of (decompressed) body; past this the download stops with too_large. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  connectMs: 10_000,
  totalMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
};

/** Name resolution as dns.lookup with `all: true` does it; tests give their own. */
export type Resolve = (hostname: string, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolve: Resolve = (hostname, callback) => dnsLookup(hostname, { all: true }, callback);

export interface FetchOptions extends Partial<FetchLimits> {
  /** Hosts, addresses and CIDR ranges fetched although not public (see address-policy.ts). */
  allow?: readonly string[];
  resolve?: Resolve;
}

/** A connection's lookup that resolves with `resolve` and refuses the host unless every address it gets is allowed. */
export function checkedLookup(policy: AddressPolicy, resolve: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (err, addresses) => {
      if (err) return callback(err, '', 0);
      try {
        if (addresses.length === 0) throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
        if (!policy.allowsName(hostname)) for (const a of addresses) policy.check(hostname, a.address);
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
      const usable = wanted.length ? wanted : addresses;
      if (options.all) (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, usable);
      else callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

export interface FetchedResource {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
  /** A 304 answer to a conditional request: nothing changed, `bytes` is empty. */
  notModified: boolean;
}

export interface GetOptions {
  accept?: string;
  /** Aborts the request (a shutdown); the error then has `details.aborted`. */
  signal?: AbortSignal;
  /** Validators from an earlier answer, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Client errors that may clear up on their own; every other 4xx is the same next time. */
const TRANSIENT_CLIENT_STATUSES = new Set([408, 425, 429]);
const USER_AGENT = 'sitrep/0.1 (news event ledger; +https://github.com/sitrep)';

export const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Resolves `raw` and checks it is an http(s) URL; returns null for anything else. */
export function httpUrl(raw: string, base?: string): URL | null {
  if (!URL.canParse(raw, base)) return null;
  const url = new URL(raw, base);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

export class HttpClient {
  readonly limits: FetchLimits;
  private readonly agent: Agent;
  private readonly policy: AddressPolicy;

  constructor(options: FetchOptions = {}) {
    const { allow, resolve, ...limits } = options;
    this.limits = { ...DEFAULT_FETCH_LIMITS, ...limits };
    this.policy = new AddressPolicy(allow);
    // The agent's own timeouts back up the total one for a server that sends headers or body bytes slowly.
    this.agent = new Agent({
      connect: { timeout: this.limits.connectMs, lookup: checkedLookup(this.policy, resolve ?? systemResolve) },
      headersTimeout: this.limits.totalMs,
      bodyTimeout: this.limits.totalMs,
    });
  }

  async get(requestedUrl: string, opts: GetOptions = {}): Promise<FetchedResource> {
    const first = httpUrl(requestedUrl);
    if (!first) throw unreadable(requestedUrl, 'only http and https URLs can be fetched', false);
    const timeout = AbortSignal.timeout(this.limits.totalMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    try {
      return await this.follow(requestedUrl, first, opts, signal);
    } catch (err) {
      throw this.explain(requestedUrl, err, opts.signal);
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private async follow(requestedUrl: string, first: URL, opts: GetOptions, signal: AbortSignal): Promise<FetchedResource> {
    let url = first;
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: opts.accept ?? PAGE_ACCEPT };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      // An address in the URL is connected to without a lookup: it is checked here.
      if (isAddress(url.hostname)) this.policy.check(url.hostname, url.hostname);
      const res = await fetch(url, { dispatcher: this.agent, redirect: 'manual', signal, headers });
      if (REDIRECT_STATUSES.has(res.status)) {
        await res.body?.cancel();
        const next = res.headers.get('location');
        if (!next) throw unreadable(requestedUrl, `redirect ${res.status} without a Location`, false, { status: res.status });
        if (hops >= this.limits.maxRedirects) throw unreadable(requestedUrl, `more than ${this.limits.maxRedirects} redirects`, false);
        const target = httpUrl(next, url.href);
        if (!target) throw unreadable(requestedUrl, `redirected to a URL that is not http or https (${next})`, false);
        url = target;
        continue;
      }
      return await this.answer(requestedUrl, url, res);
    }
  }

  private async answer(requestedUrl: string, url: URL, res: Response): Promise<FetchedResource> {
    const base = {
      requestedUrl,
      url: url.href,
      status: res.status,
      contentType: res.headers.get('content-type'),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
    if (res.status === 304) {
      await res.body?.cancel();
      return { ...base, bytes: new Uint8Array(0), notModified: true };
    }
    if (res.status < 200 || res.status >= 300) {
      await res.body?.cancel();
      const transient = res.status >= 500 || TRANSIENT_CLIENT_STATUSES.has(res.status);
      throw unreadable(requestedUrl, `HTTP ${res.status}`, transient, { status: res.status });
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > this.limits.maxBytes) {
      await res.body?.cancel();
      throw this.tooLarge(requestedUrl, `declares ${declared} bytes`);
    }
    return { ...base, bytes: await this.readCapped(requestedUrl, res), notModified: false };
  }

  private async readCapped(requestedUrl: string, res: Response): Promise<Uint8Array> {
    if (!res.body) return new Uint8Array(0);
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > this.limits.maxBytes) {
        await reader.cancel();
        throw this.tooLarge(requestedUrl, `sent more than ${this.limits.maxBytes} bytes`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }

  private tooLarge(url: string, what: string): SitrepError {
    return new SitrepError(ERROR_CODES.TOO_LARGE, `${url} ${what}; the limit is ${this.limits.maxBytes}`, { url, transient: false });
  }

  /** Turns whatever fetch threw into a SitrepError that says what happened, in words. */
  private explain(url: string, err: unknown, callerSignal: AbortSignal | undefined): SitrepError {
    // A refused address, found before connecting or inside the connection's lookup (then it is fetch's cause).
    const cause = (err as { cause?: unknown }).cause;
    const refused = err instanceof SitrepError ? err : cause instanceof SitrepError ? cause : null;
    if (refused?.code === ERROR_CODES.REFUSED_ADDRESS) return new SitrepError(refused.code, `cannot fetch ${url}: ${refused.message}`, { url, ...refused.details }, { cause: refused });
    if (err instanceof SitrepError) return err;
    if (callerSignal?.aborted) return unreadable(url, 'stopped', true, { aborted: true }, err);
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      return unreadable(url, `no complete answer within ${this.limits.totalMs / 1000} s`, true, {}, err);
    }
    const code = e.cause?.code ?? (err as { code?: string }).code;
    const reason =
      code === 'UND_ERR_CONNECT_TIMEOUT'
        ? `no connection within ${this.limits.connectMs / 1000} s`
        : code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT'
          ? `no complete answer within ${this.limits.totalMs / 1000} s`
          : (e.cause?.message ?? e.message ?? String(err));
    return unreadable(url, code ? `${reason} (${code})` : reason, true, {}, err);
  }
}

function unreadable(url: string, reason: string, transient: boolean, details: Record<string, unknown> = {}, cause?: unknown): SitrepError {
  return new SitrepError(ERROR_CODES.UNREADABLE, `cannot fetch ${url}: ${reason}`, { url, transient, ...details }, cause === undefined ? undefined : { cause });
}

/** Whether trying the same URL later may succeed. */
export function isTransient(err: SitrepError): boolean {
  return err.details.transient === true;
}
