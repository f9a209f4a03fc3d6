/** What only a consultation round's pages need, beside the shared base. Colours keep to the base's AA palette. */
export const consultationsStyles = `
.round-form textarea, .round-act textarea { font: inherit; width: 100%; max-width: 30rem; padding: 0.4rem 0.5rem; border: 2px solid var(--ink); border-radius: 0; color: var(--ink); background: var(--paper); }
.round-act textarea[aria-invalid="true"] { border-color: var(--error); }
.round-form fieldset.invalid { border-left: 4px solid var(--error); }
.named-organisations { margin: 0 0 1rem; }
.named-organisations summary { cursor: pointer; color: var(--link); text-decoration: underline; padding: 0.25rem 0; }
.named-organisations .organisation-group { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 1rem; }
.named-organisations .organisation-group legend { grid-column: 1 / -1; }
.named-organisations .field { margin: 0 0 0.5rem; }
.silent-group h3 { font-size: 1.125rem; margin: 1rem 0 0.25rem; }
ul.silent { margin: 0; padding-left: 1.25rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 0.25rem 2rem; }
ul.silent li { margin: 0; overflow-wrap: anywhere; }
ul.silent .organisation-name { font-weight: 600; }
ul.silent .contact { display: block; color: var(--muted); }
.round-act { border-top: 1px solid var(--line); margin-top: 1.5rem; }
.round-act h3 { font-size: 1.25rem; margin: 1rem 0 0.5rem; }
.round-group h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
.round-group .group-count { font-weight: 400; color: var(--muted); }
table.round-organisations { max-width: none; table-layout: fixed; }
table.round-organisations th:nth-child(1) { width: 28%; }
table.round-organisations th:nth-child(2) { width: 17%; }
table.round-organisations th:nth-child(3) { width: 15%; }
table.round-organisations th:nth-child(4) { width: 18%; }
table.round-organisations th, table.round-organisations td { overflow-wrap: anywhere; }
table.round-organisations th[scope="row"] { font-weight: 600; }
.recipient-status { display: inline-block; padding: 0 0.4rem; border: 2px solid currentColor; font-weight: 600; white-space: nowrap; }
.recipient-status.answered { color: #1d5b2c; }
.recipient-status.not-answered { color: var(--error); }
.recipient-status.withdrawn { color: var(--muted); border-style: dashed; }
.late { display: inline-block; margin-left: 0.5rem; padding: 0 0.4rem; background: var(--error); color: #fff; font-weight: 600; }
.comment { white-space: pre-wrap; max-width: 40rem; }
ul.extensions, ul.exports { margin: 0; padding-left: 1.25rem; }
@media print { .round-act, ul.exports { display: none; } }
`;
