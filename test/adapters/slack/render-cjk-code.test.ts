import { describe, expect, it } from 'vitest';
import { renderSlackReply, renderSlackText } from '../../../src/adapters/slack/render.js';
import { escapeSlackMrkdwn } from '../../../src/adapters/slack/text.js';
import type { Reply } from '../../../src/core/reply/model.js';
import { testCore } from '../../helpers/core.js';
import { explanation, json } from './render-fixtures.js';

/** A wide character (CJK, full-width punctuation) right beside a backtick: Slack shows that span raw. */
const TOUCHING = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uff60]`|`[\u3000-\u303f\u4e00-\u9fff\uff00-\uff60]/;

/** The inline code spans of mrkdwn text, each as written. */
const spans = (text: string) => text.match(/`[^`\n]+`/g) ?? [];

describe('inline code beside Chinese text in Slack', () => {
  it('puts a space between a code span and the full-width punctuation or ideograph beside it', () => {
    expect(escapeSlackMrkdwn('請執行：`netstat -ano | findstr :8080`。')).toBe(
      '請執行： `netstat -ano | findstr :8080` 。',
    );
    expect(escapeSlackMrkdwn('（`SO_EXCLUSIVEADDRUSE`）會擋住')).toBe('（ `SO_EXCLUSIVEADDRUSE` ）會擋住');
    expect(escapeSlackMrkdwn('用`ss -tlnp`看')).toBe('用 `ss -tlnp` 看');
  });

  it('leaves English, code already spaced apart, and the code itself as they are', () => {
    expect(escapeSlackMrkdwn('Run `nc -vz <host> 443`, then retry.')).toBe(
      'Run `nc -vz &lt;host&gt; 443`, then retry.',
    );
    expect(escapeSlackMrkdwn('執行 `echo 連線` 即可')).toBe('執行 `echo 連線` 即可');
    expect(escapeSlackMrkdwn('沒有程式碼。')).toBe('沒有程式碼。');
  });

  it('spaces the code of a section’s text, items and fields, not the header', () => {
    const reply: Reply = {
      ...explanation,
      title: '連線被拒（`10061`）',
      sections: [
        {
          text: '先看：`ss -tlnp`。',
          items: ['再試：`nc -vz db 5432`。'],
          fields: [{ label: '名稱', value: '常數：`WSAECONNREFUSED`' }],
        },
      ],
    };
    const blocks = json(renderSlackReply(reply).blocks);
    expect(blocks).toContain('先看： `ss -tlnp` 。');
    expect(blocks).toContain('再試： `nc -vz db 5432` 。');
    expect(blocks).toContain('常數： `WSAECONNREFUSED`');
    // A header is plain text: Slack shows no code there, and nothing is added to it.
    expect(blocks).toContain('連線被拒（`10061`）');
  });

  it('leaves no code span touching a wide character in any zh-TW explanation sockerr gives', async () => {
    const { core } = testCore();
    let seen = 0;
    for (const code of ['10048', '10054', '10060', '10061', '10013', '11001', '10053', '10049']) {
      const reply = await core.details(`zh-TW:${code}`);
      for (const block of renderSlackReply(reply).blocks) {
        const text = block.type === 'section' ? (block.text?.text ?? '') : '';
        seen += spans(text).length;
        expect(text).not.toMatch(TOUCHING);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('spaces code beside Chinese in the text-only reply sent when Slack refuses the blocks', async () => {
    const { core } = testCore();
    const reply = await core.details('zh-TW:10048');
    const { text } = renderSlackText(reply);
    expect(spans(text).length).toBeGreaterThan(5);
    expect(text).not.toMatch(TOUCHING);
  });
});
