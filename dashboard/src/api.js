// The gateway's statistics JSON API (and the court registry), from the page's own origin: an API key header when one is stored, a bound
// on parallel requests, Retry-After honoured on 429, and the WatchSummary stream read as it arrives.
import { JsonObjectSplitter } from './model.js';

const KEY_STORAGE = 'mz.apiKey';

export class AuthError extends Error {
  constructor(status) {
    super(status === 401 ? 'unauthenticated' : 'forbidden');
    this.status = status;
  }
}

export class RateLimitedError extends Error {
  constructor(seconds) {
    super('rate limited');
    this.seconds = seconds;
  }
}

export const apiKey = {
  get: () => localStorage.getItem(KEY_STORAGE) ?? '',
  set: (key) => (key ? localStorage.setItem(KEY_STORAGE, key) : localStorage.removeItem(KEY_STORAGE)),
};

function headers() {
  const key = apiKey.get();
  return key ? { 'x-api-key': key } : {};
}

const MAX_PARALLEL = 4;
const MAX_RETRIES = 3;
let running = 0;
const waiting = [];

async function slot() {
  if (running < MAX_PARALLEL) {
    running++;
    return;
  }
  await new Promise((resolve) => waiting.push(resolve));
}

function release() {
  const next = waiting.shift();
  if (next)
    next();
  else
    running--;
}

const sleep = (ms, signal) => new Promise((resolve, reject) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => {
    clearTimeout(timer);
    reject(signal.reason);
  }, { once: true });
});

/** GET /api/v1/stats/<route>?<query> as parsed JSON; throws AuthError on 401/403, Error on others. */
export async function getStats(route, query, { signal, onWait } = {}) {
  const url = `/api/v1/stats/${route}${query ? `?${query}` : ''}`;
  for (let attempt = 0; ; attempt++) {
    await slot();
    let response;
    try {
      response = await fetch(url, { headers: headers(), signal });
      if (response.ok)
        return await response.json();
    } finally {
      release();
    }
    if (response.status === 401 || response.status === 403)
      throw new AuthError(response.status);
    if (response.status === 429 && attempt < MAX_RETRIES) {
      const seconds = Math.max(1, Number(response.headers.get('retry-after')) || 1);
      onWait?.(seconds);
      await sleep(seconds * 1000, signal);
      continue;
    }
    if (response.status === 429)
      throw new RateLimitedError(Number(response.headers.get('retry-after')) || 1);
    let message = `${response.status}`;
    try {
      message += `: ${(await response.json()).message}`;
    } catch {
      // Not the services' error shape: the status says enough.
    }
    throw new Error(message);
  }
}

/**
 * The data release as of the filters' date for their courts (GET /api/v1/stats/release.zip, docs/releases.md), saved
 * as the file the service names: fetched with the API key header, which a plain link could not send.
 */
export async function downloadRelease(query) {
  const response = await fetch(`/api/v1/stats/release.zip${query ? `?${query}` : ''}`, { headers: headers() });
  if (response.status === 401 || response.status === 403)
    throw new AuthError(response.status);
  if (!response.ok)
    throw new Error(`release: ${response.status}`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'release.zip';
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await response.blob()), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The court registry (GET /api/v1/courts): every court with its district, and the registry's version. */
export async function getCourts({ signal } = {}) {
  const response = await fetch('/api/v1/courts', { headers: headers(), signal });
  if (response.status === 401 || response.status === 403)
    throw new AuthError(response.status);
  if (!response.ok)
    throw new Error(`courts: ${response.status}`);
  return response.json();
}

/**
 * The collector's health of every court it watches (GET /api/v1/courts/health, ListCourtHealth). Throws AuthError on
 * 401/403 and an Error carrying the status (404, 502, 503: the collector is not deployed or not answering) otherwise.
 */
export async function getCourtHealth({ signal } = {}) {
  const response = await fetch('/api/v1/courts/health', { headers: headers(), signal });
  if (response.status === 401 || response.status === 403)
    throw new AuthError(response.status);
  if (!response.ok)
    throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * WatchSummary as JSON (GET /api/v1/stats/summary:watch): calls onSummary for each summary the service pushes,
 * until the stream ends or the signal aborts. Resolves when the stream ends; rejects on a failed start.
 */
export async function watchSummary(query, onSummary, signal) {
  const response = await fetch(`/api/v1/stats/summary:watch${query ? `?${query}` : ''}`, { headers: headers(), signal });
  if (response.status === 401 || response.status === 403)
    throw new AuthError(response.status);
  if (!response.ok || !response.body)
    throw new Error(`watch: ${response.status}`);
  const splitter = new JsonObjectSplitter();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done)
      return;
    for (const message of splitter.push(value)) {
      // A transcoded stream ends with an error object instead of a message when the call fails.
      if (message.summary)
        onSummary(message.summary);
      else if (message.code)
        throw new Error(`watch: ${message.message ?? message.code}`);
    }
  }
}
