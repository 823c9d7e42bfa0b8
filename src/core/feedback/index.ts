/** Feedback on auto-replies: the buttons and what they need, recording a press, the report of wrong findings. */
export { withFeedback } from './feedback-context.js';
export { feedbackReport } from './feedback-report.js';
export { recordFeedback } from './record-feedback.js';
