/** What only the forecast and the audit needs, beside the shared base. */
export const forecastStyles = `
table.forecast, table.audit { max-width: none; }
table.forecast time, table.audit time { white-space: nowrap; }
table.audit pre { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 28rem; margin: 0.25rem 0 0; }
nav.tabs ul { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: 0 1.5rem; border-bottom: 1px solid var(--line); }
nav.tabs a { display: inline-block; padding: 0.5rem 0; }
nav.tabs a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
`;
