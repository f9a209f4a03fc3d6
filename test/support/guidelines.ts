import type { GuidelineInput } from '../../domain/guideline/guideline';

export const owner = {
  name: 'Anna Andersson',
  email: 'anna.andersson@vgregion.example',
  organisationId: 'vgr',
  role: 'process owner',
  language: 'sv' as const,
};

export const englishSubscriber = {
  name: 'Ben Berg',
  email: 'ben.berg@boras.example',
  organisationId: 'kommun-boras',
  role: 'VVG member',
  language: 'en' as const,
};

export function guideline(overrides: Partial<GuidelineInput> = {}): GuidelineInput {
  return {
    id: 'expected-child',
    title: 'Riktlinje vid oro för ett väntat barn',
    kind: 'guideline',
    owner,
    responsibleBody: 'VVG',
    validFrom: '2028-01-01',
    validUntil: '2030-12-31',
    ...overrides,
  };
}

/** A draft as it is registered: marked so, without the validity only its adoption gives. */
export function draftGuideline(overrides: Partial<GuidelineInput> = {}) {
  const { validFrom: _from, validUntil: _until, ...draft } = guideline(overrides);
  return { ...draft, draft: true };
}
