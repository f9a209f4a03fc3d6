export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** The words of one area in both languages: the English table has every key the Swedish one has. */
export const inBothLanguages = <T>(sv: T, en: T): Record<Language, T> => ({ sv, en });

/** Each language's name in itself, as the switch shows it. */
export const languageNames: Record<Language, string> = { sv: 'Svenska', en: 'English' };
