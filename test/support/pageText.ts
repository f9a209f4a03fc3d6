/**
 * What a reader sees of some HTML: its text, with inline tags dropped, every other tag and each run of white space
 * one space, and the entities read.
 */
export const textOf = (html: string): string =>
  html
    .replace(/<\/?(?:a|span|time|abbr|strong|em)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
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

/** The text of a page from the element with `id` up to the element with `untilId`, or to the end. */
export function sectionText(html: string, id: string, untilId?: string): string {
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) throw new Error(`no element with id "${id}"`);
  const until = untilId ? html.indexOf(`id="${untilId}"`, at) : -1;
  if (untilId && until < 0) throw new Error(`no element with id "${untilId}" after "${id}"`);
  return textOf(html.slice(html.lastIndexOf('<', at), until < 0 ? undefined : html.lastIndexOf('<', until)));
}
