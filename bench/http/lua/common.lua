-- Shared by every script of the suite: the auth header from the environment (AUTH_NAME, AUTH_VALUE),
-- deal ids from IDS_FILE (one "id version next-open-step" a line) split between wrk's threads so no two threads
-- save the same deal, and a one-line RESULT that suite.sh parses.
local common = {}

function common.auth()
  local name, value = os.getenv("AUTH_NAME"), os.getenv("AUTH_VALUE")
  if name and value and name ~= "" then
    wrk.headers[name] = value
  end
  wrk.headers["Accept"] = os.getenv("ACCEPT") or "application/json"
end

-- wrk.format uses the headers it is given instead of wrk.headers: these are both.
function common.headers(extra)
  local all = {}
  for k, v in pairs(wrk.headers) do all[k] = v end
  for k, v in pairs(extra) do all[k] = v end
  return all
end

local threads = {}
local counter = 0

function common.setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  table.insert(threads, thread)
end

-- This thread's deals, {id, version, step} each: every THREADS-th line from the thread's own offset,
-- starting at OFFSET and, when COUNT is set, before OFFSET + COUNT (so that a warm-up and a run given
-- ranges apart never save the same deal, however fast they go).
function common.deals()
  local deals = {}
  local file = os.getenv("IDS_FILE")
  if not file then return deals end
  local n = tonumber(os.getenv("THREADS") or "2")
  local offset = tonumber(os.getenv("OFFSET") or "0")
  local count = tonumber(os.getenv("COUNT") or "0")
  local line_no = 0
  for line in io.lines(file) do
    if line_no >= offset and (count <= 0 or line_no < offset + count)
        and (line_no - offset) % n == (thread_no - 1) then
      local id, version, step = line:match("^(%d+)%s+(%d+)%s*(%S*)")
      table.insert(deals, { id = id, version = tonumber(version), step = step })
    end
    line_no = line_no + 1
  end
  return deals
end

-- A function answering this thread's deals in turn, round and round, and how many requests came before.
function common.rotation()
  local deals, i = common.deals(), 0
  return function()
    i = i + 1
    return deals[((i - 1) % #deals) + 1], i
  end
end

function common.done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d status_errors=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      errors, summary.errors.status))
end

return common
