const __ringsideImportMetaUrl = require('url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// bench/lsp-client.ts
var lsp_client_exports = {};
__export(lsp_client_exports, {
  LspClient: () => LspClient
});
module.exports = __toCommonJS(lsp_client_exports);
var LspClient = class {
  constructor(child) {
    this.child = child;
    child.stdout.on("data", (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.drain();
    });
  }
  child;
  buf = Buffer.alloc(0);
  id = 0;
  pending = /* @__PURE__ */ new Map();
  waiters = [];
  drain() {
    for (; ; ) {
      const head = this.buf.indexOf("\r\n\r\n");
      if (head < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString("ascii"));
      const len = m ? Number(m[1]) : 0;
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString("utf8"));
      this.buf = this.buf.subarray(head + 4 + len);
      if (msg.id !== void 0 && !msg.method) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result);
      } else if (msg.method && msg.id !== void 0) {
        this.send({ jsonrpc: "2.0", id: msg.id, result: msg.method === "workspace/configuration" ? msg.params.items.map(() => null) : null });
      } else if (msg.method) {
        if (msg.method === "window/logMessage" && process.env.RINGSIDE_BENCH_LOG) console.error(`server: ${msg.params.message}`);
        for (let i = 0; i < this.waiters.length; i++) {
          const w = this.waiters[i];
          if (w.method === msg.method && w.pred(msg.params)) {
            this.waiters.splice(i, 1);
            w.resolve(msg.params);
            break;
          }
        }
      }
    }
  }
  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r
\r
`);
    this.child.stdin.write(body);
  }
  request(method, params) {
    const id = ++this.id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }
  notify(method, params) {
    this.send({ jsonrpc: "2.0", method, params });
  }
  waitFor(method, pred, timeoutMs) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      this.waiters.push({ method, pred, resolve: (p) => {
        clearTimeout(timer);
        resolve(p);
      } });
    });
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LspClient
});
//# sourceMappingURL=lsp-client.js.map
