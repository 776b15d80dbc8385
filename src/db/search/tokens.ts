/**
 * The one tokenizer of the search index (docs/architecture.md §20), used by
 * every write of the index and by every query, so both sides cut text alike.
 *
 * - Text is folded: compatibility-decomposed (NFKD: `ﬁ` → `fi`, full-width →
 *   ASCII), accents and other combining marks dropped (`é` → `e`; the kana
 *   voicing marks are kept, so `が` stays `が`), recomposed (NFC, which keeps
 *   Hangul syllables whole) and case-folded (upper then lower case: `ß` →
 *   `ss`, `ı` → `i`).
 * - A word is a run of letters and digits (`\p{L}`, `\p{N}`); everything else
 *   separates words and is not searchable: punctuation, symbols, emoji.
 * - Han, Hiragana, Katakana and Hangul characters are one word each
 *   (unigrams): those scripts do not separate words with spaces, and a query
 *   of several such characters finds the text holding all of them.
 * - Words are cut to MAX_TOKEN_LENGTH code points.
 */
import { MAX_TOKEN_LENGTH } from "../schema/search";

const COMBINING_MARK = /(?![\u3099\u309A])\p{M}/gu;
const IDEOGRAPHIC = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Text as the index compares it: without accents and case. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARK, "")
    .normalize("NFC")
    .toUpperCase()
    .toLowerCase();
}

/** The words of `text`, folded and cut to MAX_TOKEN_LENGTH, in order (repeats kept). */
export function words(text: string): string[] {
  const spaced = foldText(text).replace(IDEOGRAPHIC, " $& ");
  return (spaced.match(WORD) ?? []).map((word) => [...word].slice(0, MAX_TOKEN_LENGTH).join(""));
}

/** The prefixes of a word, shortest first, the word itself last. */
export function prefixes(word: string): string[] {
  const characters = [...word];
  return characters.map((_, end) => characters.slice(0, end + 1).join(""));
}

/** One row of the index for an object, before its kind and id. */
export interface IndexedToken {
  token: string;
  /** Weighted occurrences of `token` as a whole word (0: only as a prefix). */
  wordWeight: number;
  /** Weighted occurrences of words starting with `token` (the word itself included). */
  prefixWeight: number;
}

/**
 * An object's index rows from its searched fields, each with its weight
 * (`null` fields hold no words).
 */
export function indexedTokens(fields: { text: string | null; weight: number }[]): IndexedToken[] {
  const rows = new Map<string, IndexedToken>();
  const row = (token: string) => {
    let found = rows.get(token);
    if (!found) {
      found = { token, wordWeight: 0, prefixWeight: 0 };
      rows.set(token, found);
    }
    return found;
  };
  for (const { text, weight } of fields) {
    if (text === null) continue;
    for (const word of words(text)) {
      row(word).wordWeight += weight;
      for (const prefix of prefixes(word)) row(prefix).prefixWeight += weight;
    }
  }
  return [...rows.values()];
}

/** What a `q` asks for: whole words, and the last word as a prefix. */
export interface SearchQuery {
  /** Distinct words to find as whole words. */
  words: string[];
  /** The last word, found as the start of a word; undefined when `q` has no word at all. */
  prefix: string | undefined;
}

/**
 * The query `q` as the index reads it: every word but the last must occur as
 * a whole word, the last one as a word or the start of one. A word repeated
 * as the prefix is searched once, as the prefix.
 */
export function searchQuery(q: string): SearchQuery {
  const all = words(q);
  const prefix = all.at(-1);
  const whole = [...new Set(all.slice(0, -1))].filter((word) => word !== prefix);
  return { words: whole, prefix };
}
