/** What only a consultation round's page needs, beside the shared base. */
export const consultationsStyles = ``;
