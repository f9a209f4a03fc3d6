/** What only implementation and follow-up matrices needs, beside the shared base. */
export const followUpsStyles = ``;
