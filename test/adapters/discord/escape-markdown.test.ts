import { describe, expect, it } from 'vitest';
import { escapeDiscordMarkdown, truncateText } from '../../../src/adapters/discord/escape-markdown.js';

describe('escapeDiscordMarkdown', () => {
  it('escapes the characters Discord reads as formatting', () => {
    expect(escapeDiscordMarkdown('a*b_c~d|e\\f')).toBe('a\\*b\\_c\\~d\\|e\\\\f');
  });

  it('defuses @everyone, @here and <@…> mentions', () => {
    expect(escapeDiscordMarkdown('@everyone @HERE <@123> <#456>')).toBe(
      '@\u200beveryone @\u200bHERE \\<@123> \\<#456>',
    );
  });

  it('leaves code spans exactly as they are', () => {
    expect(escapeDiscordMarkdown('run `netstat -ano | findstr :443` now')).toBe(
      'run `netstat -ano | findstr :443` now',
    );
  });

  it('escapes block syntax only at the start of a line', () => {
    expect(escapeDiscordMarkdown('# title\n## sub\n-# small\n- item\n1. one\n>>> all\na - b > c')).toBe(
      '\\# title\n\\## sub\n\\-# small\n\\- item\n1\\. one\n\\>>> all\na - b > c',
    );
  });

  it('escapes a lone backtick so it cannot open a code span', () => {
    expect(escapeDiscordMarkdown('it`s')).toBe('it\\`s');
  });
});

describe('truncateText', () => {
  it('leaves text that fits alone', () => {
    expect(truncateText('short', 5)).toBe('short');
  });

  it('ends cut text with an ellipsis within the limit', () => {
    expect(truncateText('abcdefghij', 5)).toBe('abcd…');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateText('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });

  it('never leaves a backslash that would escape the ellipsis', () => {
    expect(truncateText('abc\\*def', 5)).toBe('abc…');
  });

  it('never ends inside a code span, where half a command would look runnable', () => {
    const text = 'Then check `sysctl net.netfilter.nf_conntrack_max` on the node';
    expect(truncateText(text, 40)).toBe('Then check…');
  });

  it('closes a code span that is all the text has, on the ellipsis', () => {
    expect(truncateText('`netsh int ipv4 show excludedportrange protocol=tcp`', 12)).toBe('`netsh int…`');
  });

  it('reads an escaped backtick as text, not as the start of a code span', () => {
    expect(truncateText('a \\` b `code` and more words here', 20)).toBe('a \\` b `code` and…');
  });

  it('ends at a word boundary rather than in the middle of a word', () => {
    expect(truncateText('Read the service logs and restart counts', 14)).toBe('Read the…');
  });

  it('keeps an English word whole inside Chinese text, and cuts Chinese between characters', () => {
    expect(truncateText('先檢查 Kubernetes 的端點清單', 10)).toBe('先檢查…');
    expect(truncateText('檢查服務的記錄與重啟次數', 6)).toBe('檢查服務的…');
  });

  it('drops a line it cannot keep whole, when the lines before it fill most of the room', () => {
    expect(truncateText('• first check\n• second check is longer', 25)).toBe('• first check\n…');
  });
});

describe('escapeDiscordMarkdown on hostile text', () => {
  it('stays linear on a text of many blank lines (no line-start pattern runs across lines)', () => {
    const text = `${'\n'.repeat(200_000)}1. item`;
    const started = performance.now();
    expect(escapeDiscordMarkdown(text).endsWith('1\\. item')).toBe(true);
    // A generous budget against a quadratic blow-up (this took seconds), not a speed test.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
