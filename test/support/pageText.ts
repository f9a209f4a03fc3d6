/**
 * What a reader sees of some HTML: its text, with inline tags dropped, every other tag and each run of white space
 * one space, and the entities of quotes read.
 */
export const textOf = (html: string): string =>
  html
    .replace(/<\/?(?:a|span|time|abbr|strong|em)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of the table row whose header cell is `name`, or undefined. */
export function rowText(html: string, name: string): string | undefined {
  const rows = html.match(/<tr[^>]*>[\s\S]*?<\/tr>/g) ?? [];
  const row = rows.find((r) => r.includes(`<th scope="row">${name}</th>`));
  return row && textOf(row);
}
