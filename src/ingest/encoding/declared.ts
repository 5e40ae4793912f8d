// The charset a page declares about itself: in the HTTP Content-Type, or in its first bytes
// (<meta charset>, <meta http-equiv="Content-Type" content="…; charset=…">, <?xml encoding="…"?>).

/** How far into the page browsers look for a <meta> charset declaration. */
const PRESCAN_BYTES = 4096;

const DECLARATIONS: readonly RegExp[] = [
  /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i,
  /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i,
];

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType);
  return m?.[1];
}

export function sniffDeclaredCharset(buf: Uint8Array): string | undefined {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, PRESCAN_BYTES)).toString('latin1');
  for (const re of DECLARATIONS) {
    const m = re.exec(head);
    if (m?.[1]) return m[1];
  }
  return undefined;
}
