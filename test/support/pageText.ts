/** A page's text as a reader sees it: tags dropped, entities read, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of a page from the element with `id` up to the element with `untilId`, or to the end. */
export function sectionText(html: string, id: string, untilId?: string): string {
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) throw new Error(`no element with id "${id}"`);
  const until = untilId ? html.indexOf(`id="${untilId}"`, at) : -1;
  if (untilId && until < 0) throw new Error(`no element with id "${untilId}" after "${id}"`);
  return textOf(html.slice(html.lastIndexOf('<', at), until < 0 ? undefined : html.lastIndexOf('<', until)));
}
