/**
 * The tests' oracle of the CSV formula guard, written once and apart from csv.ts so that a test never checks the
 * code against itself: a text cell that starts with =, +, -, @, a tab, CR or LF is one a spreadsheet would run, and
 * must read with an apostrophe before it.
 */
const RUNS_AS_FORMULA = ['=', '+', '-', '@', '\t', '\r', '\n'];

/** What a spreadsheet must show for a text cell: the text, with an apostrophe before a would-be formula. */
export const shownInSpreadsheet = (text: string | undefined) =>
  text === undefined ? '' : RUNS_AS_FORMULA.some((start) => text.startsWith(start)) ? `'${text}` : text;

export const FORMULA_STARTS: readonly string[] = RUNS_AS_FORMULA;
