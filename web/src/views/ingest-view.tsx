// Adding articles from the browser: pasted text or chosen files, sent one by one with progress and plain errors.
import { useState } from 'preact/hooks';
import { api, ApiFailure } from '../api.ts';
import { useT } from '../context.ts';
import { href } from '../route.ts';

/** Larger files are refused before upload; the server enforces its own limit (--max-body) too. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface Outcome {
  name: string;
  status: 'added' | 'unchanged' | 'failed';
  id?: string;
  message?: string;
}

export function IngestView() {
  const t = useT();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const title = String(data.get('title') ?? '').trim();
    const files = data.getAll('files').filter((file): file is File => file instanceof File && file.size > 0);
    const jobs: { name: string; body: () => Promise<Record<string, string>> }[] = [];
    if (text) jobs.push({ name: title || text.slice(0, 40), body: async () => withTitle({ text }, title) });
    for (const file of files)
      jobs.push({
        name: file.name,
        body: async () => {
          if (file.size > MAX_FILE_BYTES) throw new Error(t.ingestTooLarge(file.name));
          const content = await file.text();
          return /\.html?$/i.test(file.name) ? { html: content } : { text: content };
        },
      });
    setOutcomes([]);
    if (jobs.length === 0) return setProblem(t.ingestEmpty);
    setProblem(null);
    const results: Outcome[] = [];
    for (const [index, job] of jobs.entries()) {
      setProgress({ done: index + 1, total: jobs.length });
      try {
        const answer = await api.ingest(await job.body());
        results.push({ name: job.name, status: answer.status, id: answer.id });
      } catch (error) {
        const plain = error instanceof ApiFailure ? t.ingestErrors[error.code] : undefined;
        results.push({ name: job.name, status: 'failed', message: plain ?? (error as Error).message });
      }
      setOutcomes([...results]);
    }
    setProgress(null);
    if (results.every((result) => result.status !== 'failed')) form.reset();
  };

  return (
    <section aria-labelledby="ingest-title">
      <h1 id="ingest-title">{t.ingestTitle}</h1>
      <form class="ingest" onSubmit={onSubmit}>
        <label>
          {t.ingestTitleField}
          <input name="title" type="text" />
        </label>
        <label>
          {t.ingestText}
          <textarea name="text" rows={10} />
        </label>
        <label>
          {t.ingestFiles}
          <input name="files" type="file" multiple accept=".txt,.html,.htm,text/plain,text/html" />
        </label>
        <button type="submit" disabled={progress !== null}>
          {t.ingestButton}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {progress ? <progress value={progress.done} max={progress.total} /> : null}
        {progress ? <p>{t.ingestProgress(progress.done, progress.total)}</p> : null}
        {problem ? <p class="error">{problem}</p> : null}
      </div>
      <ul class="outcomes">
        {outcomes.map((outcome, index) => (
          <li key={index} class={outcome.status}>
            {outcome.status === 'failed'
              ? t.ingestFailed
              : outcome.status === 'added'
                ? t.ingestAdded
                : t.ingestUnchanged}
            {': '}
            {outcome.id ? <a href={href.article(outcome.id)}>{outcome.name}</a> : outcome.name}
            {outcome.message ? ` — ${outcome.message}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function withTitle(body: Record<string, string>, title: string): Record<string, string> {
  return title ? { ...body, title } : body;
}
