import { Worker } from 'node:worker_threads';
import type { PlotDrawing } from '../components/series-chart/plot-drawing.ts';
import type { DrawAnswer, DrawRequest } from './chart-worker.tsx';

/** Draws plots' SVG in a worker thread (see chart-worker.tsx), one at a time, in the order asked. */
export interface PlotDrawer {
  draw: (drawing: PlotDrawing) => Promise<string>;
  close: () => Promise<void>;
}

/** A drawer using the worker script at `workerPath`, started on first use and kept for the next. */
export function createPlotDrawer(workerPath: string): PlotDrawer {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const started = new Worker(workerPath);
    started.on('message', (answer: DrawAnswer) => {
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (waiting.size === 0) started.unref();
      if ('svg' in answer) pending?.resolve(answer.svg);
      else pending?.reject(new Error(`The chart could not be drawn on the server: ${answer.error}`));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => failAll(new Error(`The chart drawing worker stopped (exit code ${code})`)));
    return started;
  };
  return {
    draw(drawing) {
      worker ??= start();
      const current = worker;
      const id = next++;
      const request: DrawRequest = { id, drawing };
      return new Promise<string>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        // Waiting charts keep the process alive; an idle worker does not.
        current.ref();
        current.postMessage(request);
      });
    },
    async close() {
      const running = worker;
      worker = undefined;
      await running?.terminate();
    },
  };
}
