/**
 * A calendar file as a user would import it (the shipped JSON's format). The 2027 days are a
 * sample for tests, not the State Council's notice: New Year on Friday 1 January, a Spring
 * Festival week with a make-up Saturday, and National Day.
 */
export type CalendarFileJson = {
  id: string;
  source?: string;
  years: { from: number; to: number };
  holidays: ({ date: string; name?: Record<string, string> } | string)[];
  workdays: ({ date: string; name?: Record<string, string> } | string)[];
};

const named = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const days = (dates: string[], name: Record<string, string>) => dates.map((date) => ({ date, name }));

export const aCalendarFile = (overrides: Partial<CalendarFileJson> = {}): CalendarFileJson => ({
  id: 'cn-mainland-2027',
  source: 'Test sample for 2027',
  years: { from: 2027, to: 2027 },
  holidays: [
    ...days(['2027-01-01'], named("New Year's Day", '元旦')),
    ...days(['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], named('Spring Festival', '春节')),
    ...days(['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'], named('National Day', '国庆节')),
  ],
  workdays: [...days(['2027-02-20'], named('Spring Festival', '春节')), ...days(['2027-10-09'], named('National Day', '国庆节'))],
  ...overrides,
});

export const calendarFileText = (overrides: Partial<CalendarFileJson> = {}): string => JSON.stringify(aCalendarFile(overrides), null, 2);
