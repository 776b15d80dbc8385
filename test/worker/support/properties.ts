/**
 * Shared settings and data generators of the property-based tests
 * (test/worker/properties-*.test.ts), which run in every worker suite.
 *
 * Runs are bounded (a fixed `numRuns`, and a time limit so a loaded machine
 * runs fewer rather than timing out). The seed is random unless
 * FAST_CHECK_SEED is set; a failure reports its seed and path, and
 * `FAST_CHECK_SEED=<seed> npx vitest run <file>` replays it.
 */
import { env } from "cloudflare:test";
import fc from "fast-check";

const seed = env.FAST_CHECK_SEED ? Number(env.FAST_CHECK_SEED) : undefined;

/** An item of the API's JSON, loosely typed for assertions. */
export type Row = Record<string, any>;
/** The lists the properties drive through the API. */
export type Kind = "resources" | "collections";

/** What a vitest `it` of a property may take: the time limit plus its setup and shrinking. */
export const PROPERTY_TEST_TIMEOUT = 120_000;

/** `fc.assert` options: `numRuns` runs, fewer when they pass `seconds` in all. */
export const propertyRuns = (numRuns: number, seconds = 15): fc.Parameters<unknown> => ({
  numRuns,
  plugins: [fc.interruptAfterTimeLimit(seconds * 1000)],
  ...(seed === undefined ? {} : { seed }),
});

/** Pieces of text real users write: emoji (some of several code points), CJK, accents, symbols. */
const PIECES = [
  "🔥",
  "🎙️",
  "👩‍👩‍👧",
  "🇯🇵",
  "☕",
  "山",
  "田",
  "東京",
  "の",
  "夜",
  "한",
  "é",
  "e\u0301",
  "Å",
  "ß",
  "Zoë",
  "ǅ",
  "İ",
  "a",
  "A",
  "z",
  "Z",
  "0",
  "9",
  " ",
  "-",
  "_",
  "%",
  "'",
  '"',
  "\\",
  "Café",
];

/** Text of the pieces above, any printable graphemes, or any code points but control characters. */
export const realisticText = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: 12 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
      fc.string({ unit: "binary", minLength: 1, maxLength: 12 }).filter((t) => !/\p{Cc}/u.test(t)),
    )
    .map((text) => [...text].slice(0, maxLength).join(""));

/** Trimmed titles of 1 to `max` code points, sometimes exactly `max` (the documented limit). */
export const titleText = (max: number) =>
  fc
    .oneof(
      { weight: 4, arbitrary: realisticText(max) },
      {
        weight: 1,
        arbitrary: fc
          // A control character is 6 bytes of JSON in a cursor: the longest cursors.
          .tuple(realisticText(max), fc.constantFrom("山", "🔥", "é", "a", "\u0007"))
          .map(([text, filler]) => [...`${text}${filler.repeat(max)}`].slice(0, max).join("")),
      },
    )
    .map((text) => text.trim())
    .filter((text) => text.length > 0 && [...text].length <= max);
