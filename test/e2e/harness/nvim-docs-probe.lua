-- Run by test/e2e/neovim-docs.test.ts after docs/editors.md's init.lua: waits (at most 20 s)
-- for the current buffer's diagnostics, then writes what Neovim holds as JSON to $PROBE_OUT.
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local res = { ok = ok, filetype = vim.bo.filetype, clients = {}, diagnostics = {} }
for _, c in pairs(vim.lsp.buf_get_clients(0)) do table.insert(res.clients, c.name) end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(res.diagnostics, { code = d.code or lsp.code, lnum = d.lnum, source = d.source or lsp.source })
end
vim.fn.writefile({ vim.fn.json_encode(res) }, vim.env.PROBE_OUT)
vim.cmd('qa!')
