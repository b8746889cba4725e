// A full collection on demand, for the in-process heap measures of the benchmark. The flag is set
// for the benchmark's own process only; the server never runs with it.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

export function exposedGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
