// Writing the report: in chunks, with backpressure, so no output needs one giant string (a
// report of millions of lines exceeded V8's string limit, issue 10), and a reader that goes away
// (`ringside … | head`) ends the CLI quietly instead of with an EPIPE stack trace.
import type { Writable } from 'node:stream';

/** 128 + SIGPIPE (13): the status a shell reports for a command whose output pipe was closed. */
export const EXIT_BROKEN_PIPE = 141;

/** Raised (and caught by main.ts) when the reader of standard output has gone away. */
export class BrokenPipeError extends Error {
  constructor() { super('output closed by the reader'); }
}

export interface ChunkWriter {
  /** Resolves when the stream can take more; rejects with BrokenPipeError once the pipe is closed. */
  write(chunk: string): Promise<void>;
  /** Flush and finish (for files); resolves when everything is written. */
  end(): Promise<void>;
}

function isBrokenPipe(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/** A writer over a Node stream (process.stdout or a file stream). */
export function streamWriter(stream: Writable, options: { closeAtEnd?: boolean } = {}): ChunkWriter {
  let failure: unknown;
  stream.on('error', (e) => { failure ??= e; });
  const fail = () => (isBrokenPipe(failure) ? new BrokenPipeError() : failure);
  // One pending drain shared by every write that waits, so callers that do not await each write
  // (i13's commands write line by line) add no listener per line.
  let drain: Promise<void> | undefined;
  return {
    write(chunk) {
      if (failure) return Promise.reject(fail());
      let more: boolean;
      try {
        more = stream.write(chunk);
      } catch (e) {
        failure ??= e;
        return Promise.reject(fail());
      }
      if (more) return Promise.resolve();
      drain ??= new Promise<void>((resolve, reject) => {
        const onError = () => { cleanup(); reject(fail()); };
        const onDrain = () => { cleanup(); resolve(); };
        const cleanup = () => { stream.off('error', onError); stream.off('drain', onDrain); drain = undefined; };
        stream.once('error', onError);
        stream.once('drain', onDrain);
      });
      return drain;
    },
    end() {
      if (failure) return Promise.reject(fail());
      return new Promise<void>((resolve, reject) => {
        if (!options.closeAtEnd) {
          // Standard output is never ended; wait until what was written has been handed over.
          stream.write('', (e) => (e ? reject(isBrokenPipe(e) ? new BrokenPipeError() : e) : resolve()));
          return;
        }
        stream.once('error', () => reject(fail()));
        stream.end(() => resolve());
      });
    },
  };
}

/** Write a sequence of chunks, batching small ones so the stream is not called per line. */
export async function writeChunks(writer: ChunkWriter, chunks: Iterable<string>, batchSize = 64 * 1024): Promise<void> {
  let buf = '';
  for (const c of chunks) {
    buf += c;
    if (buf.length >= batchSize) {
      await writer.write(buf);
      buf = '';
    }
  }
  if (buf) await writer.write(buf);
}
