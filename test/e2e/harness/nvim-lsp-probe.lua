-- nvim-lsp-probe.lua: headless Neovim (0.7+) as an independent LSP client.
-- Copied from ../shared/realclients/nvim-lsp-probe.lua (tooling); added applyCode.
--
-- Run through nvim-lsp-probe.sh, which writes a JSON config and starts
--   nvim --headless -u NONE -i NONE -n -c "luafile nvim-lsp-probe.lua"
-- with NVIM_LSP_PROBE_CONFIG=<config.json>. Config keys:
--   file        absolute path of the document to open
--   cmd         server command, array of strings (stdio transport)
--   root        root_dir / workspace folder (absolute)
--   cwd         working directory of the server process (default: root)
--   filetype    buffer filetype (default "markdown")
--   out         path of the JSON result file
--   timeoutMs   overall wait budget for init + diagnostics (default 20000)
--   settleMs    quiet time after the last publishDiagnostics (default 500)
--   minDiagnostics  wait until the file has at least this many (default 1)
--   codeActionsAt   array of {line=, character=} (0-based), in addition to one
--                   query at the start of each diagnostic
--   apply       if true: apply the first code action that has an edit (preferred
--               first), let Neovim send didChange, and record the new text and
--               the diagnostics republished after the change
--   applyCode   with apply: only consider actions offered for a diagnostic whose
--               code is this string
--   completeAt  array of {line=, character=} (0-based): textDocument/completion there
--               (invoked), recorded as completions[] {position, items{label,
--               insertTextFormat, newText}}, with Neovim's own client capabilities
--   documentSymbols  if true: textDocument/documentSymbol, recorded raw and as the
--                   lines Neovim lists (vim.lsp.util.symbols_to_items, as
--                   vim.lsp.buf.document_symbol() puts them in the location list)
--   workspaceSymbols array of queries: workspace/symbol for each, recorded raw and as
--                   Neovim's items (what vim.lsp.buf.workspace_symbol() lists)
--   settings / initializationOptions: passed to the server
-- The result (diagnostics exactly as the server published them, code actions,
-- server info, timings) is written as JSON to cfg.out; exit code 0 = ok,
-- 1 = timed out / too few diagnostics, 2 = error.

local uv = vim.loop
local t0 = uv.hrtime()
local function ms() return math.floor((uv.hrtime() - t0) / 1e6) end

local function read_file(p)
  local f = assert(io.open(p, 'r'))
  local s = f:read('*a')
  f:close()
  return s
end

local cfg = vim.json.decode(read_file(assert(os.getenv('NVIM_LSP_PROBE_CONFIG'), 'NVIM_LSP_PROBE_CONFIG not set')))
local v = vim.version()
local out = {
  ok = false,
  client = string.format('nvim %d.%d.%d', v.major, v.minor, v.patch),
  file = cfg.file,
  cmd = cfg.cmd,
  timings = {},
  log = {},
}
local function note(msg) table.insert(out.log, string.format('%dms %s', ms(), msg)) end

local function finish(code)
  out.timings.totalMs = ms()
  local f = assert(io.open(cfg.out, 'w'))
  -- vim.fn.json_encode turns empty Lua tables into [] (vim.json.encode would give {}).
  f:write(vim.fn.json_encode(out))
  f:close()
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local function main()
  local timeout = cfg.timeoutMs or 20000
  local settle = cfg.settleMs or 500
  local min_diags = cfg.minDiagnostics or 1

  vim.cmd('edit ' .. vim.fn.fnameescape(cfg.file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_option(bufnr, 'filetype', cfg.filetype or 'markdown')
  local uri = vim.uri_from_bufnr(bufnr)
  out.uri = uri

  local published = {} -- uri -> { diagnostics, version, atMs, count }
  local last_publish = 0
  local initialized, exited = false, nil

  local function log_message(_, result, ctx)
    if result and result.message then note(string.format('%s: %s', ctx.method, result.message)) end
    return vim.NIL
  end

  local client_id = vim.lsp.start_client({
    name = 'nvim-lsp-probe',
    cmd = cfg.cmd,
    cmd_cwd = cfg.cwd or cfg.root, -- relative server paths resolve from the caller's cwd
    root_dir = cfg.root,
    workspace_folders = { { uri = vim.uri_from_fname(cfg.root), name = vim.fn.fnamemodify(cfg.root, ':t') } },
    capabilities = vim.lsp.protocol.make_client_capabilities(),
    settings = cfg.settings or vim.empty_dict(),
    init_options = cfg.initializationOptions,
    flags = { debounce_text_changes = 0 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        local prev = published[result.uri]
        published[result.uri] = {
          diagnostics = result.diagnostics or {},
          version = result.version,
          atMs = ms(),
          count = (prev and prev.count or 0) + 1,
        }
        last_publish = ms()
        note(string.format('publishDiagnostics %s n=%d', result.uri, #(result.diagnostics or {})))
        -- Keep Neovim's own diagnostic view in sync as well (vim.diagnostic.get).
        pcall(vim.lsp.handlers['textDocument/publishDiagnostics'], err, result, ctx, config)
      end,
      ['window/showMessage'] = log_message,
      ['window/logMessage'] = log_message,
    },
    on_init = function(client, result)
      initialized = true
      out.timings.initializeMs = ms()
      out.serverInfo = result.serverInfo
      out.serverCapabilities = result.capabilities
      note('initialized')
    end,
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
      note(string.format('server exited code=%s signal=%s', tostring(code), tostring(signal)))
    end,
  })
  if not client_id then
    out.error = 'vim.lsp.start_client failed (is the server command executable?)'
    return finish(2)
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  if not vim.wait(timeout, function() return initialized or exited ~= nil end, 10) or not initialized then
    out.error = exited and 'server exited before initialize finished' or 'initialize timed out'
    return finish(2)
  end

  local function settled(min_count, after_count)
    local p = published[uri]
    if exited then return true end
    if not p or #p.diagnostics < min_count then return false end
    if after_count and p.count <= after_count then return false end
    return ms() - last_publish >= settle
  end
  local got = vim.wait(timeout, function() return settled(min_diags) end, 10)
  local p = published[uri]
  out.diagnostics = p and p.diagnostics or {}
  out.diagnosticsVersion = p and p.version
  out.timings.diagnosticsMs = p and p.atMs
  out.timedOut = not got
  if exited then
    out.error = 'server exited early'
    return finish(2)
  end

  -- Code actions: one query at each diagnostic's range, plus explicit positions.
  local function overlapping(line, character)
    local res = {}
    for _, d in ipairs(out.diagnostics) do
      local s, e = d.range.start, d.range['end']
      local after_start = line > s.line or (line == s.line and character >= s.character)
      local before_end = line < e.line or (line == e.line and character <= e.character)
      if after_start and before_end then table.insert(res, d) end
    end
    return res
  end
  local can_resolve = type(out.serverCapabilities.codeActionProvider) == 'table'
    and out.serverCapabilities.codeActionProvider.resolveProvider
  local queries = {}
  for i, d in ipairs(out.diagnostics) do
    if i > (cfg.maxCodeActionQueries or 20) then break end
    table.insert(queries, { range = d.range, diagnostics = { d } })
  end
  for _, at in ipairs(cfg.codeActionsAt or {}) do
    local pos = { line = at.line, character = at.character }
    table.insert(queries, { range = { start = pos, ['end'] = pos }, diagnostics = overlapping(at.line, at.character), explicit = true })
  end
  out.codeActions = {}
  for _, q in ipairs(queries) do
    local params = {
      textDocument = { uri = uri },
      range = q.range,
      context = { diagnostics = q.diagnostics, triggerKind = 1 },
    }
    local resp, err = client.request_sync('textDocument/codeAction', params, timeout, bufnr)
    local codes = {}
    for _, d in ipairs(q.diagnostics) do
      if d.code ~= nil then table.insert(codes, tostring(d.code)) end
    end
    local entry = { range = q.range, explicit = q.explicit or false, diagnosticCodes = codes, actions = {} }
    if not resp then
      entry.error = tostring(err)
    elseif resp.err then
      entry.error = resp.err
    else
      for _, a in ipairs(resp.result or {}) do
        if can_resolve and a.edit == nil and a.command == nil then
          local r = client.request_sync('codeAction/resolve', a, timeout, bufnr)
          if r and r.result then a = r.result end
        end
        table.insert(entry.actions, a)
      end
    end
    table.insert(out.codeActions, entry)
  end
  out.timings.codeActionsMs = ms()

  -- Completion at explicit positions, as Neovim's client asks for it (omnifunc).
  local caps = vim.lsp.protocol.make_client_capabilities()
  out.completionSnippetSupport = caps.textDocument.completion.completionItem.snippetSupport == true
  out.completions = {}
  for _, at in ipairs(cfg.completeAt or {}) do
    local pos = { line = at.line, character = at.character }
    local params = { textDocument = { uri = uri }, position = pos, context = { triggerKind = 1 } }
    local resp, err = client.request_sync('textDocument/completion', params, timeout, bufnr)
    local entry = { position = pos, items = {} }
    if not resp then
      entry.error = tostring(err)
    elseif resp.err then
      entry.error = vim.inspect(resp.err)
    else
      local result = resp.result or {}
      for _, it in ipairs(result.items or result) do
        local text = it.textEdit and it.textEdit.newText or it.insertText or it.label
        table.insert(entry.items, { label = it.label, insertTextFormat = it.insertTextFormat or 1, newText = text })
      end
    end
    table.insert(out.completions, entry)
  end

  -- Symbols, as Neovim's own commands would list them (the items of the location list).
  local function items_text(items)
    local lines = {}
    for _, it in ipairs(items or {}) do
      table.insert(lines, string.format('%s:%d: %s', vim.fn.fnamemodify(it.filename or '', ':t'), it.lnum or 0, it.text or ''))
    end
    return lines
  end
  if cfg.documentSymbols then
    local resp, err = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, timeout, bufnr)
    if not resp or resp.err then
      out.documentSymbols = { error = resp and vim.inspect(resp.err) or tostring(err), raw = {}, items = {} }
    else
      local raw = resp.result or {}
      out.documentSymbols = { raw = raw, items = items_text(vim.lsp.util.symbols_to_items(raw, bufnr)) }
    end
  end
  out.workspaceSymbols = {}
  for _, query in ipairs(cfg.workspaceSymbols or {}) do
    local resp, err = client.request_sync('workspace/symbol', { query = query }, timeout, bufnr)
    local entry = { query = query, raw = {}, items = {} }
    if not resp or resp.err then
      entry.error = resp and vim.inspect(resp.err) or tostring(err)
    else
      entry.raw = resp.result or {}
      entry.items = items_text(vim.lsp.util.symbols_to_items(entry.raw, bufnr))
    end
    table.insert(out.workspaceSymbols, entry)
  end

  -- Optional: apply the first action with an edit, let Neovim send didChange
  -- (incremental sync), and wait for republished diagnostics.
  if cfg.apply then
    local chosen
    for _, q in ipairs(out.codeActions) do
      local wanted = cfg.applyCode == nil or vim.tbl_contains(q.diagnosticCodes, cfg.applyCode)
      for _, a in ipairs(wanted and q.actions or {}) do
        if a.edit and (not chosen or (a.isPreferred and not chosen.isPreferred)) then chosen = a end
      end
      if chosen then break end
    end
    if chosen then
      local before = published[uri] and published[uri].count or 0
      -- deepcopy: apply_workspace_edit annotates the edits it is given (_index)
      vim.lsp.util.apply_workspace_edit(vim.deepcopy(chosen.edit), client.offset_encoding)
      note('applied code action: ' .. chosen.title)
      vim.wait(timeout, function() return settled(0, before) end, 10)
      out.applied = {
        title = chosen.title,
        textAfter = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n'),
        diagnosticsAfter = published[uri] and published[uri].diagnostics or {},
      }
    else
      out.applied = vim.NIL
      note('apply requested but no code action carried an edit')
    end
  end

  -- What Neovim itself holds (vim.diagnostic), as a cross-check of the raw list.
  out.nvimDiagnosticCount = #vim.diagnostic.get(bufnr)

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited ~= nil end, 10)
  if not exited then vim.lsp.stop_client(client_id, true) end

  out.ok = got
  return finish(got and 0 or 1)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  out.error = tostring(err)
  finish(2)
end
