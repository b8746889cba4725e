// The body of the layout worker thread (bundled to server/dist/elk-worker.js): ELK's own
// message dispatcher, fed from the parent port. A large design map then takes seconds in this
// thread instead of blocking the language server's event loop.
import { parentPort } from 'node:worker_threads';

interface ElkDispatcher { onmessage: (e: { data: unknown }) => void; postMessage: (m: unknown) => void }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Worker: Dispatcher } = require('elkjs/lib/elk-worker.min.js') as { Worker: new () => ElkDispatcher };

const port = parentPort;
if (port) {
  const elk = new Dispatcher();
  elk.onmessage = (e) => {
    const d = e.data as { id?: unknown; error?: unknown } | undefined;
    // ELK's errors are Java exceptions compiled by GWT: send their text, which survives cloning.
    if (d && d.error !== undefined) {
      const err = d.error as { message?: unknown; g?: unknown };
      port.postMessage({ id: d.id, error: { message: String(err?.message ?? err?.g ?? err) } });
    } else port.postMessage(d);
  };
  port.on('message', (m: unknown) => elk.postMessage(m));
}
