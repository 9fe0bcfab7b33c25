// The cleaning stage: headline, date marker, captions, credits, furniture and summary box out of the body.
import type { Stage } from '../pipeline.ts';
import { cleanText } from './clean-text.ts';

export const cleanStage: Stage = {
  id: 'clean',
  run(draft, context) {
    const { raw } = draft;
    const result = cleanText({
      text: raw.text,
      format: raw.format,
      title: raw.title,
      language: draft.language,
    });
    for (const finding of result.findings) context.report(finding);
    return {
      title: result.title,
      body: result.body,
      removed: result.removed,
      summaryGiven: result.summaryGiven,
      stamps: result.stamps,
    };
  },
};
