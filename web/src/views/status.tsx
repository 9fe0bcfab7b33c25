// Loading and failure states shared by every view: a plain sentence, announced to screen readers.
import type { ComponentChildren } from 'preact';
import { useT } from '../context.ts';
import type { Loaded } from '../use-load.ts';

export function Status<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (value: T) => ComponentChildren;
}) {
  const t = useT();
  if (loaded.state === 'loading')
    return (
      <p class="status" role="status">
        {t.loading}
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p class="status error" role="alert">
        {t.error}: {loaded.error.message}
      </p>
    );
  return <>{children(loaded.value)}</>;
}
