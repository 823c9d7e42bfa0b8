/** Taking turns: at most so many jobs at once, the rest waiting their turn for a bounded time. */
export { createSlots, type Slots } from './create-slots.js';
