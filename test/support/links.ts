import type { LinkSettings } from '../../domain/links/personalLink';

/** Personal links as the tests' workers issue them: the pages on their default address, a fixed secret. */
export const testLinks: LinkSettings = {
  publicUrl: 'http://localhost:3000',
  secret: Buffer.from('a secret the tests share, thirty-two or more characters long'),
  replyAddress: 'riktlinjer@localhost',
};
