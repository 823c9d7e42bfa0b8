import { describe, expect, it } from 'vitest';
import { renderHomeView } from '../../../src/adapters/slack/home-view.js';
import type { Locale } from '../../../src/core/index.js';
import { testCore } from '../../helpers/core.js';

const WIDE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uff60]/;
/** Code spans with a wide character (CJK, full-width punctuation) right outside a backtick: Slack shows those raw. */
const touching = (text: string) =>
  [...text.matchAll(/`[^`\n]+`/g)].filter(
    ({ 0: span, index }) => WIDE.test(text.charAt(index - 1)) || WIDE.test(text.charAt(index + span.length)),
  );

/** Every mrkdwn text of a Home view, as Slack reads it (sections and context lines). */
function mrkdwnTexts(view: ReturnType<typeof renderHomeView>): string[] {
  const texts: string[] = [];
  JSON.stringify(view, (_, value: { type?: unknown; text?: unknown }) => {
    if (value?.type === 'mrkdwn' && typeof value.text === 'string') texts.push(value.text);
    return value;
  });
  return texts;
}

/** The Home of a user in `locale` who may not change settings and shares no channel with sockerr (every note shows). */
async function homeIn(locale: Locale, more = 0) {
  const { core } = testCore();
  const view = await core.home({
    workspace: { platform: 'slack', workspaceId: 'T1', channelId: 'D1' },
    user: { id: 'U1', canManage: false, locale },
    channels: [],
    more,
  });
  return renderHomeView(view);
}

describe('the Slack Home view in Traditional Chinese', () => {
  it('leaves no code span touching a wide character, so Slack shows each command as code', async () => {
    for (const more of [0, 3]) {
      const texts = mrkdwnTexts(await homeIn('zh-TW', more));
      const spans = texts.flatMap((text) => text.match(/`[^`\n]+`/g) ?? []);
      expect(spans.length).toBeGreaterThan(5);
      expect(texts.flatMap((text) => touching(text).map((m) => m[0]))).toEqual([]);
    }
  });
});
