/** `action_id`s of the feedback buttons under an auto-reply, by core's action id. */
export const FEEDBACK_ACTION_IDS = { helpful: 'feedback_helpful', wrong: 'feedback_wrong' } as const;

/** `action_id`s of the settings controls in App Home (one pair per channel; the block names the channel). */
export const HOME_ACTION_IDS = { auto: 'home_auto', lang: 'home_lang' } as const;
