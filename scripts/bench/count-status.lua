-- Counts responses by status class in every wrk thread and prints the totals after wrk's report
-- (wrk itself counts only status >= 400, never 3xx). scripts/bench.ts runs it in each row's warm-up,
-- and in the timed run only when there is no warm-up: the per-response hook slows wrk itself.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, redirects, errors = 0, 0, 0
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  elseif status >= 300 and status < 400 then
    redirects = redirects + 1
  else
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local o, r, e = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    r = r + t:get("redirects")
    e = e + t:get("errors")
  end
  io.write(string.format("khabar status: 2xx %d, 3xx %d, other %d\n", o, r, e))
end
