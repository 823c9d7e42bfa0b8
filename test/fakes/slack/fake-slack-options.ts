/** Options of `startFakeSlack`: its tokens and the people of the workspace it pretends to be. */
export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  /** `users.info` locales by user id; others are `en-US`. */
  locales?: Record<string, string>;
  /** Users `users.info` reports as workspace admins (`is_admin`) or owners (`is_owner`). */
  admins?: string[];
  owners?: string[];
  /** `usergroups.users.list`: members by user-group id. */
  usergroups?: Record<string, string[]>;
  /** Users `users.info` reports as bots (`is_bot`). */
  bots?: string[];
}
