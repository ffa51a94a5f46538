/**
 * Tables typed into messages: rows of cells split by "|" (or tabs), one row per line, as schedules, screening
 * logs and rosters are pasted. A column's header or its other cells say what a cell holds ("MRN" over
 * "8812093"; a column of staff names holds "Will Foster" too), which the cell alone cannot.
 */

export interface TableCell {
  /** Offsets of the trimmed cell text. */
  start: number;
  end: number;
  text: string;
}

export interface Table {
  /** The first row's cells when they read as labels (no digits), else undefined. */
  header: TableCell[] | undefined;
  /** Body rows, each with its cells by column. */
  rows: TableCell[][];
}

const SEPARATOR = /[|\t]/;

function cellsOf(text: string, lineStart: number, line: string): TableCell[] {
  const cells: TableCell[] = [];
  let from = 0;
  // Leading and trailing borders ("| a | b |") open and close the row, they hold no cell.
  const parts = line.split(/[|\t]/);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    const border = trimmed === '' && (k === 0 || k === parts.length - 1);
    if (!border) cells.push({ start: lineStart + from + lead, end: lineStart + from + lead + trimmed.length, text: trimmed });
    from += part.length + 1;
  }
  return cells;
}

/**
 * The tables of a text: runs of at least two consecutive lines that each split into two or more cells, with the
 * same number of cells give or take one.
 */
export function tablesIn(text: string): Table[] {
  if (!SEPARATOR.test(text)) return [];
  // The table-column rule and the scan's name-column pass both read the same text's tables: parse them once.
  if (text === lastText) return lastTables;
  lastTables = parseTables(text);
  lastText = text;
  return lastTables;
}
let lastText: string | undefined;
let lastTables: Table[] = [];

function parseTables(text: string): Table[] {
  const tables: Table[] = [];
  let run: TableCell[][] = [];
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0]!;
      const header = first.every((c) => !/\d/.test(c.text)) && run.slice(1).some((r) => r.some((c) => /\d/.test(c.text))) ? first : undefined;
      tables.push({ header, rows: header ? run.slice(1) : run });
    }
    run = [];
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = SEPARATOR.test(line) ? cellsOf(text, lineStart, line) : [];
    // A divider row ("---|---") belongs to the table but holds nothing.
    const divider = cells.length > 0 && cells.every((c) => /^[-=:+ ]*$/.test(c.text));
    if (cells.length >= 2 && !divider && (run.length === 0 || Math.abs(cells.length - run[0]!.length) <= 1)) run.push(cells);
    else if (!divider) { flush(); if (cells.length >= 2) run.push(cells); }
    lineStart += line.length + 1;
  }
  flush();
  return tables;
}

/** A person's name in a cell: up to four capitalized words, or "Last, First". */
export const NAME_CELL = /^(?:\p{Lu}[\p{L}'’.-]*)(?:,?[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * Names by their column: where the name rule found most cells of a column ("Anneliese Brandt", "Rajesh Iyer"),
 * the other name-shaped cells are names too, even words that are also English ("Will Foster", "June Whitaker").
 */
export function columnNames(text: string, names: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const table of tablesIn(text)) {
    const columns = Math.max(...table.rows.map((r) => r.length));
    for (let c = 0; c < columns; c++) {
      const cells = table.rows.map((r) => r[c]).filter((cell): cell is TableCell => !!cell && cell.text !== '');
      const named = cells.filter((cell) => names.some((n) => n.start < cell.end && cell.start < n.end));
      if (named.length < 2 || named.length * 2 < cells.length) continue;
      for (const cell of cells) {
        if (!named.includes(cell) && NAME_CELL.test(cell.text) && cell.text.includes(' ')) out.push({ start: cell.start, end: cell.end });
      }
    }
  }
  return out;
}
