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
