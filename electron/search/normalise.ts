const NOT_ASCII = /[\u0080-\uffff]/;
// Control characters are spaces here: the index separates fields and rows with two of them.
// eslint-disable-next-line no-control-regex
const SPACES = /[\s\u0000-\u001f\u007f]+/g;

/**
 * Text as the search compares it: full-width letters, digits and punctuation folded to their
 * half-width forms (NFKC: "ＶＲ－１２" is "VR-12", the ideographic space a space), lower case, runs
 * of spaces and control characters one space. Chinese has no word spaces, so a query matches
 * anywhere inside a field (a substring), not at word starts.
 */
export function normalise(text: string): string {
  const folded = NOT_ASCII.test(text) ? text.normalize('NFKC') : text;
  return folded.toLowerCase().replace(SPACES, ' ');
}

/** A query as searched: normalised and trimmed; empty when nothing is left to look for. */
export const normaliseQuery = (text: string): string => normalise(text).trim();
