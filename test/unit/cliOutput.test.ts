import { describeGuideline } from '../../client/cli/guidelinesText';
import { document, printable, render, shown } from '../../client/cli/output';
import type { GuidelineView } from '../../workflows/guideline/api';

// Text a workflow may still hold from before its input was checked, or that reaches a printer some other way.
const spoofed = 'Samtycke\u202egpj.exe\r\nstatus retired\u0007';

describe('the CLI never prints what it was given raw', () => {
  test('printable escapes every control and bidirectional control, line breaks included', () => {
    expect(printable(spoofed)).toBe('Samtycke\\u202Egpj.exe\\u000D\\u000Astatus retired\\u0007');
    expect(printable('Åsa Öberg, §4 (2026)')).toBe('Åsa Öberg, §4 (2026)');
  });

  test('a printer keeps a given value on its own line', () => {
    const view = {
      guidelineId: 'consent',
      status: 'draft',
      guideline: {
        id: 'consent',
        title: spoofed,
        kind: 'guideline',
        responsibleBody: 'VVG',
        owner: { name: 'Anna\u202e', email: 'anna@vgregion.example' },
      },
      consultationRounds: [],
      upcomingReminders: [],
    } as unknown as GuidelineView;
    const text = render(shown(view, describeGuideline), false);
    expect(text.split('\n')).toEqual([
      'consent  Samtycke\\u202Egpj.exe\\u000D\\u000Astatus retired\\u0007',
      '  guideline, VVG, owner Anna\\u202E <anna@vgregion.example>',
      '  status draft',
    ]);
  });

  test('JSON stays JSON and reads back to the same text, with nothing raw in it', () => {
    const text = render(
      shown({ title: spoofed }, () => ''),
      true,
    );
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e]/);
    expect(JSON.parse(text)).toEqual({ title: spoofed });
  });

  test('a document keeps its own lines and escapes the rest', () => {
    expect(render(document('a,b\n"x\u202ey",z\n'), false)).toBe('a,b\n"x\\u202Ey",z\n');
  });
});
