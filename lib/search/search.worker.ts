/**
 * The search Web Worker: loading the index, typo matching and ranking all happen here, so
 * typing never waits on them.
 */
import { SearchHost } from './host';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
let host: SearchHost | undefined;

scope.onmessage = (event) => {
  const msg = event.data;
  host ??= new SearchHost(undefined, msg.type === 'load' ? msg.urls : undefined);
  if (msg.type === 'load') {
    host.load().then(
      () => scope.postMessage({ type: 'loaded' }),
      (e: unknown) => scope.postMessage({ type: 'error', message: String((e as Error)?.message ?? e) }),
    );
  } else if (msg.type === 'search') {
    host
      .search(msg.id, msg.query, msg.options, (response, final) =>
        scope.postMessage({ type: 'results', id: msg.id, response, final }),
      )
      .catch((e: unknown) =>
        scope.postMessage({ type: 'error', id: msg.id, message: String((e as Error)?.message ?? e) }),
      );
  }
};
