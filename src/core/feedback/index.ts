/** Feedback on auto-replies: the buttons and what they need, recording a press, the report of wrong findings. */
export { withFeedback } from './feedback-context.js';
export { type FeedbackReport, feedbackReport } from './feedback-report.js';
export { type FeedbackInput, recordFeedback } from './record-feedback.js';
