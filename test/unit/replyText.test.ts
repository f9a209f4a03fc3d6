import { MAX_REPLY_TEXT, replyText, tokenOfAddress } from '../../client/inbound/replyText';

describe("a reply's text as the engine keeps it", () => {
  test('line breaks stay, tabs become spaces, other controls and bidirectional controls go', () => {
    expect(replyText('Hej,\r\n\r\nInga synpunkter.\tMvh\u0007 Ale\u202Ekommun\u0000')).toBe('Hej,\n\nInga synpunkter.    Mvh Alekommun');
  });

  test('no text is empty, and a long one is cut to what an answer holds', () => {
    expect(replyText(undefined)).toBe('');
    expect(replyText('a'.repeat(MAX_REPLY_TEXT + 10))).toHaveLength(MAX_REPLY_TEXT);
  });
});

describe('the token of a plus-address', () => {
  test.each([
    ['riktlinjer+abc234@localhost', 'abc234'],
    ['Svar+ABC234@Riktlinjer.Example', 'abc234'],
    ['svar+extra+abc234@x.se', 'abc234'],
    ['riktlinjer@localhost', undefined],
  ])('%s → %s', (address, token) => {
    expect(tokenOfAddress(address)).toBe(token);
  });
});
