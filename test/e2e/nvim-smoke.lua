-- Neovim (0.7+) headless smoke test of the bundled language server as a second, non-VS Code client.
-- It starts the server over stdio, opens a file of the Falcon example, waits for the diagnostics
-- (RS001 must be among them) and asks for the hover on that finding.
-- usage: RINGSIDE_SERVER=/abs/server.js nvim --headless --clean -n -u NONE -c "luafile nvim-smoke.lua" /abs/kernel.ringside
-- Prints one line per check ("ok …" / "not ok …") and "N passed, N failed"; exits 0 only when all pass.
local server = os.getenv('RINGSIDE_SERVER') or 'server/dist/server.js'
local node = os.getenv('RINGSIDE_NODE') or 'node'
local expected = os.getenv('RINGSIDE_E2E_BREAK') == '1' and 'RS999' or 'RS001'
local deadline = tonumber(os.getenv('RINGSIDE_NVIM_TIMEOUT_MS') or '20000')
local out = function(s) io.stdout:write(s .. '\n') end
local passed, failed = 0, 0
local function check(ok, name, detail)
  if ok then passed = passed + 1; out('ok     ' .. name)
  else failed = failed + 1; out('not ok ' .. name .. (detail and ('  -- ' .. detail) or '')) end
  return ok
end
local function finish()
  out(('%d passed, %d failed'):format(passed, failed))
  if failed == 0 then vim.cmd('qall!') else vim.cmd('cquit 1') end
end

local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
if fname == '' then check(false, 'a file is open'); finish() end
local uri = vim.uri_from_fname(fname)
vim.bo[bufnr].filetype = 'ringside'

local published = {} -- uri -> diagnostics of the last publish
local exited = false
local client_id = vim.lsp.start_client({
  name = 'ringside',
  cmd = { node, '--max-semi-space-size=2', '--heap-growing-percent=10', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(fname, ':p:h'),
  workspace_folders = { { uri = vim.uri_from_fname(vim.fn.fnamemodify(fname, ':p:h')), name = 'example' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result.diagnostics
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
  on_exit = function(code, signal) exited = true; out(('server exited code=%s signal=%s'):format(code, signal)) end,
})
if not check(client_id ~= nil, 'the server starts over stdio') then finish() end
vim.lsp.buf_attach_client(bufnr, client_id)

local function find(code)
  for _, d in ipairs(published[uri] or {}) do if d.code == code then return d end end
end
vim.wait(deadline, function() return exited or find(expected) ~= nil end, 50)
local client = vim.lsp.get_client_by_id(client_id)
check(client ~= nil and client.initialized, 'the client is initialized')
local n = 0
for _ in pairs(published) do n = n + 1 end
out(('diagnostics published for %d files, %d in %s'):format(n, #(published[uri] or {}), vim.fn.fnamemodify(fname, ':t')))
local d = find(expected)
if check(d ~= nil, 'diagnostics include ' .. expected, 'got ' .. table.concat(vim.tbl_map(function(x) return tostring(x.code) end, published[uri] or {}), ' ')) then
  out(('DIAG %s:%d:%d [%s] %s %s'):format(vim.fn.fnamemodify(fname, ':t'), d.range.start.line + 1, d.range.start.character + 1,
    tostring(d.source), d.code, d.message:sub(1, 90)))
  -- The code link names the rule's page (`ringside-rule:RS001.md`, which the VS Code client opens in
  -- the editor); the page links out to the series and the sources.
  check(d.codeDescription and tostring(d.codeDescription.href):match('^ringside%-rule:' .. expected .. '%.md$') ~= nil, 'the finding links its rule page',
    vim.inspect(d.codeDescription))
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = d.range.start }, 10000)
  local text = ''
  for _, r in pairs(res or {}) do
    local c = r.result and r.result.contents
    if type(c) == 'table' then text = text .. (c.value or table.concat(vim.tbl_map(function(x) return type(x) == 'table' and x.value or tostring(x) end, c), '\n')) end
  end
  out('HOVER ' .. text:gsub('%s+', ' '):sub(1, 100) .. '…')
  check(text:find(expected, 1, true) ~= nil and text:find('Rule page', 1, true) ~= nil,
    'hover on the finding explains it with a link to the rule page', #text == 0 and 'empty hover' or nil)
end
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return exited end, 50)
finish()
