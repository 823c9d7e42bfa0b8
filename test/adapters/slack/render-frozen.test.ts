import { describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../src/adapters/slack/render.js';
import type { Reply } from '../../../src/core/reply/model.js';
import { explanation } from './render-fixtures.js';

describe('renderSlackReply', () => {
  it('renders a frozen reply once, and the same message every time after', () => {
    const frozen = structuredClone(explanation);
    Object.freeze(frozen);
    const first = renderSlackReply(frozen);
    expect(renderSlackReply(frozen)).toBe(first);
    expect(Object.isFrozen(first.blocks)).toBe(true);
    expect(renderSlackReply(structuredClone(explanation))).not.toBe(first);
  });

  it('renders the frozen sections of a kept explanation once, under whatever buttons a reply adds', () => {
    // As core keeps an explanation: frozen, its sections too.
    const kept: Reply = Object.freeze({ ...explanation, sections: structuredClone(explanation.sections) });
    Object.freeze(kept.sections);
    const feedback = { id: 'helpful', label: 'Helpful', value: 'Ev1' } as const;
    const first = renderSlackReply({ ...kept, actions: [...kept.actions, feedback] });
    const second = renderSlackReply({ ...kept, actions: [...kept.actions, { ...feedback, value: 'Ev2' }] });
    expect(first).toEqual(
      renderSlackReply(structuredClone({ ...explanation, actions: [...kept.actions, feedback] })),
    );
    expect(second.blocks[2]).toBe(first.blocks[2]);
    expect(JSON.stringify(second.blocks.at(-1))).toContain('Ev2');
  });
});
