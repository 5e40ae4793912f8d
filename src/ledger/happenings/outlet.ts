// Who published a document, as corroboration counts it: the page's site name, else its URL's host
// (without "www."), lower-cased so one outlet spelled two ways stays one outlet. Null when unknown.

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null; // not an absolute URL: no host to name the outlet by
  }
}

export function outletOf(siteName: string | null, ...urls: Array<string | null>): string | null {
  const name = siteName?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (name) return name;
  for (const u of urls) {
    const host = hostOf(u);
    if (host) return host;
  }
  return null;
}
