-- Drives `xlate lsp` from headless Neovim (0.7 or later) with its built-in LSP client: attach to
-- the open buffer, wait for diagnostics, ask for the code actions at the first XL102 finding,
-- apply the preferred one, and write what happened as JSON for tests/test_lsp_neovim.py.
local out = os.getenv("XLATE_NVIM_OUT")
local client_id = vim.lsp.start_client({
  name = "xlate",
  cmd = vim.fn.json_decode(os.getenv("XLATE_LSP_CMD")),
  root_dir = os.getenv("XLATE_ROOT"),
  init_options = { debounce = 50 },
})
vim.lsp.buf_attach_client(0, client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

-- Neovim's diagnostics count bytes; LSP ranges count UTF-16 units.
local function lsp_range(d)
  local function position(lnum, col)
    local line = vim.api.nvim_buf_get_lines(0, lnum, lnum + 1, false)[1] or ""
    local _, utf16 = vim.str_utfindex(line, col)
    return { line = lnum, character = utf16 }
  end
  return { start = position(d.lnum, d.col), ["end"] = position(d.end_lnum, d.end_col) }
end

local report = { diagnostics = {}, actions = {} }
vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local target
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(report.diagnostics, { code = code_of(d), lnum = d.lnum, col = d.col, source = d.source })
  if code_of(d) == "XL102" and target == nil then target = d end
end

if target then
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(0),
    range = lsp_range(target),
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 30000) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(report.actions, action.title)
      if action.isPreferred and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      end
    end
  end
  report.line_after = vim.api.nvim_buf_get_lines(0, target.lnum, target.lnum + 1, false)[1]
end

vim.fn.writefile({ vim.fn.json_encode(report) }, out)
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
