/** What only the guideline register and a guideline's page needs, beside the shared base. */
export const guidelinesStyles = `
form.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-end; margin: 0 0 1.5rem; padding: 1rem; background: var(--tint); border: 1px solid var(--line); }
form.filters .field { margin: 0; flex: 1 1 12rem; max-width: 22rem; }
form.filters input, form.filters select { max-width: none; }
.filter-actions, .form-actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
table.register { max-width: none; }
table.register th[scope="row"] { font-weight: 400; }
table.register time { white-space: nowrap; }
ul.actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.75rem; }
ol.timeline { list-style: none; margin: 0 0 1.5rem; padding: 0 0 0 1rem; border-left: 4px solid var(--line); }
ol.timeline li { margin: 0 0 0.75rem; }
ol.timeline .when { display: block; font-weight: 600; }
ol.timeline details { margin-top: 0.25rem; }
ul.recipients { margin: 0.25rem 0 0; }
`;
