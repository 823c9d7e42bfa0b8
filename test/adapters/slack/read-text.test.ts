import { describe, expect, it } from 'vitest';
import { readSlackMessageText, readSlackText } from '../../../src/adapters/slack/read-text.js';
import messageEvent from '../../fixtures/slack/event-message.json' with { type: 'json' };

describe('readSlackText', () => {
  it('decodes the entities Slack puts in message text', () => {
    expect(readSlackText('File "client.py", line 12, in &lt;module&gt; a &amp;&amp; b')).toBe(
      'File "client.py", line 12, in <module> a && b',
    );
  });

  it('decodes once, so an escaped entity the user typed stays as typed', () => {
    expect(readSlackText('&amp;lt;')).toBe('&lt;');
  });

  it('unwraps links, mentions and channel names to what the user sees', () => {
    expect(
      readSlackText('<https://db.example.com|db.example.com> <http://x.test> <mailto:a@b.test|a@b.test>'),
    ).toBe('db.example.com http://x.test a@b.test');
    expect(readSlackText('<@U0ALICE> <@U0BOB|bob> <#C0ONCALL|oncall> <#C0OPS>')).toBe(
      '@U0ALICE @bob #oncall #C0OPS',
    );
    expect(readSlackText('<!channel> <!here> <!everyone> <!subteam^S0DBA|@dba>')).toBe(
      '@channel @here @everyone @dba',
    );
    expect(readSlackText('<!date^1700000000^{date_short}|Nov 14, 2023>')).toBe('Nov 14, 2023');
  });

  it('reads a real message event back into the pasted traceback', () => {
    expect(readSlackText(messageEvent.event.text)).toContain(
      'line 12, in <module>\nConnectionResetError: [WinError 10054]',
    );
  });
});

describe('readSlackMessageText', () => {
  it('reads a person’s message from its text, not again from its rich_text blocks', () => {
    const text = readSlackMessageText(messageEvent.event as never);
    expect(text.match(/WinError 10054/g)).toHaveLength(1);
  });

  it('reads a bot’s laid-out blocks instead of their notification fallback', () => {
    const text = readSlackMessageText({
      text: 'Alert fired',
      blocks: [
        { type: 'header', text: { text: 'db-pool down' } },
        { type: 'section', text: { text: 'read ECONNRESET' }, fields: [{ text: '*host*\n10.0.4.12' }] },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'errno -4077' }, { type: 'image' }] },
      ],
    });
    expect(text).toBe('db-pool down\nread ECONNRESET\n*host*\n10.0.4.12\nerrno -4077');
  });

  it('reads alert attachments, falling back to their fallback text', () => {
    const text = readSlackMessageText({
      text: '',
      attachments: [
        { title: '[FIRING] api', text: 'connect ETIMEDOUT', fields: [{ title: 'errno', value: '10060' }] },
        { fallback: 'getaddrinfo ENOTFOUND db.internal' },
      ],
    });
    expect(text).toBe('[FIRING] api\nconnect ETIMEDOUT\nerrno\n10060\ngetaddrinfo ENOTFOUND db.internal');
  });
});

describe('readSlackMessageText with attachments that hold blocks', () => {
  const preformatted = (text: string) => ({
    type: 'rich_text',
    elements: [{ type: 'rich_text_preformatted', elements: [{ type: 'text', text }] }],
  });

  it('reads an alert laid out in Block Kit inside its attachment, not its fallback', () => {
    const text = readSlackMessageText({
      text: '',
      attachments: [
        {
          fallback: '[FIRING:1] api-gateway',
          blocks: [
            { type: 'header', text: { text: '[FIRING:1] api-gateway' } },
            { type: 'section', text: { text: 'upstream: connect ETIMEDOUT 10.0.3.9:8443' } },
          ],
        },
      ],
    });
    expect(text).toBe('[FIRING:1] api-gateway\nupstream: connect ETIMEDOUT 10.0.3.9:8443');
  });

  it('reads a forward of an app’s post from its blocks when its text is empty, not "[date] author:"', () => {
    const text = readSlackMessageText({
      text: '',
      attachments: [
        {
          text: '',
          fallback: '[November 14th, 2023 10:24 PM] deploy-bot: ',
          message_blocks: [{ message: { blocks: [preformatted('read ECONNRESET')] } }],
        },
      ],
    });
    expect(text).toBe('read ECONNRESET');
  });

  it('reads a forward of a person’s message once, from its text, not again from its blocks', () => {
    const text = readSlackMessageText({
      text: 'same here',
      attachments: [
        {
          text: 'read ECONNRESET',
          message_blocks: [{ message: { blocks: [preformatted('read ECONNRESET')] } }],
        },
      ],
    });
    expect(text).toBe('same here\nread ECONNRESET');
  });
});

describe('readSlackMessageText with rich text', () => {
  const code = {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_preformatted',
        elements: [{ type: 'text', text: 'psycopg2.OperationalError: connect ECONNREFUSED 10.0.4.12:5432' }],
      },
    ],
  };

  it('reads an app’s post whose words are only in rich_text blocks, its text left empty', () => {
    expect(readSlackMessageText({ text: '', blocks: [code] })).toBe(
      'psycopg2.OperationalError: connect ECONNREFUSED 10.0.4.12:5432',
    );
    expect(readSlackMessageText({ blocks: [code], attachments: [{ text: 'errno 111' }] })).toBe(
      'psycopg2.OperationalError: connect ECONNREFUSED 10.0.4.12:5432\nerrno 111',
    );
  });

  it('reads the rich text among a bot’s laid-out blocks, in their order, instead of the fallback', () => {
    const text = readSlackMessageText({
      text: 'db-pool alert',
      blocks: [
        { type: 'header', text: { text: 'db-pool alert' } },
        code,
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'runbook &amp; graphs' }] },
      ],
    });
    expect(text).toBe(
      'db-pool alert\npsycopg2.OperationalError: connect ECONNREFUSED 10.0.4.12:5432\nrunbook & graphs',
    );
  });
});
