/**
 * What only the commission and yearly task pages need beside the shared base and the follow-up pages' tags and
 * matrices. The removing button is the error red (#a4161a) with white text, above 7:1.
 */
export const commissionsStyles = `
ul.plain { list-style: none; margin: 0; padding: 0; }
dl.facts dd.text { white-space: pre-line; }
td p.move { margin: 0 0 0.25rem; }
fieldset.row { border-style: dashed; }
form.wide { max-width: 48rem; }
form.wide textarea { max-width: none; font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: 0.875rem; }
button.danger { background: var(--error); border-color: var(--error); }
`;
