// White space runs to one space and the ends trimmed: what `.replace(/\s+/g, ' ').trim()` gives, without
// building a new string when the text is already tidy (most text inside paragraphs is).

export function collapseSpace(s: string): string {
  let afterSpace = true; // the start counts as a space: a leading space is untidy
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return tidy(s);
      afterSpace = true;
    } else if ((c >= 9 && c <= 13) || (c >= 160 && isOtherSpace(c))) return tidy(s);
    else afterSpace = false;
  }
  return afterSpace && s.length > 0 ? tidy(s) : s;
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The rest of what \s matches in JavaScript. */
function isOtherSpace(c: number): boolean {
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
