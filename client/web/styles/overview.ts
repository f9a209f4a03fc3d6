/** What only the overview ("Att göra") needs, beside the shared base. */
export const overviewStyles = `
.todo-contents ul { list-style: none; padding: 0; margin: 0 0 1.5rem; display: grid; gap: 0.25rem; }
section.todo table { max-width: none; }
section.todo th[scope="row"] { font-weight: 400; }
section.todo td time { white-space: nowrap; }
.count { color: var(--muted); font-weight: 400; }
ul.plain { list-style: none; margin: 0; padding: 0; }
`;
