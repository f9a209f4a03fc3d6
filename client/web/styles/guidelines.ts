/** What only the guideline register and a guideline's page needs, beside the shared base. */
export const guidelinesStyles = ``;
