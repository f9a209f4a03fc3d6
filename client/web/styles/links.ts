/** What only the pages a personal link opens need: their own small menu, the answer's choices, a feed's address. */
export const linksStyles = `
.link-menu ul { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.choice { display: flex; gap: 0.5rem; align-items: center; margin: 0.25rem 0; }
.choice input { width: 1.5rem; height: 1.5rem; margin: 0; }
.choice label { font-weight: 400; margin: 0; }
.answer-text { white-space: pre-line; }
.feed-url { word-break: break-all; }
ul.documents { margin: 0.25rem 0 0; padding-left: 1.25rem; }
article.reply { border-top: 1px solid var(--line); padding-top: 0.75rem; margin-top: 1rem; }
`;
