/**
 * What the implementation, follow-up and commission pages need beside the shared base: tags that say a state in
 * words and colour (dark green #1d5e2a, grey #4a4a4a and the error red on white, each above 7:1), matrices whose
 * notes keep their line breaks, and the text area the forms share, drawn like the base's inputs.
 */
export const followUpsStyles = `
.tag { display: inline-block; padding: 0 0.4rem; border: 1px solid currentColor; font-size: 0.875rem; font-weight: 600; white-space: nowrap; }
.tag.is-done { color: #1d5e2a; }
.tag.is-missing { color: var(--muted); }
.tag.is-late, .tag.is-overdue { color: var(--error); }
table.matrix, table.follow-ups, table.commissions, table.yearly-tasks { max-width: none; }
table.upcoming td:first-child { white-space: nowrap; }
table.matrix td.text { white-space: pre-line; }
table.matrix tfoot th, table.matrix tfoot td { font-weight: 600; border-top: 2px solid var(--ink); }
.filters { margin: 0 0 1.5rem; }
textarea { font: inherit; width: 100%; max-width: 40rem; padding: 0.4rem 0.5rem; border: 2px solid var(--ink); border-radius: 0; background: var(--paper); color: var(--ink); }
textarea[aria-invalid="true"] { border-color: var(--error); }
`;
