/** Which chat platform an input came from; core uses it only for platform-specific precedence. */
const PLATFORMS = ['slack', 'discord', 'shell'] as const;
export type Platform = (typeof PLATFORMS)[number];
