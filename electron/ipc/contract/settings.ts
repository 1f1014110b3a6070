import { z } from 'zod';
import { channel } from './channel';

export const LANGUAGES = ['en', 'zh-CN'] as const;

export const settingsRecord = z.object({
  /** null until the user picks one: the app then follows the system's language. */
  language: z.enum(LANGUAGES).nullable(),
});

export type Language = (typeof LANGUAGES)[number];
export type Settings = z.infer<typeof settingsRecord>;

export const settingsChannels = {
  'settings/get': channel<Settings>()(z.object({})),
  'settings/update': channel<Settings>()(settingsRecord.partial()),
};
